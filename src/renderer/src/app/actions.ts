import { COMMANDS } from '../../../shared/commands';
import { workspaceActions } from '../features/workspaces';
import { useQbrView } from '../features/qbr';
import { useDocument, documentActions } from '../document';
import { presenterActions, usePresenter } from '../features/presenter';

/**
 * Every user command, registered once and shared by the application menu, keyboard
 * shortcuts and the command palette (so the three can never disagree): the labels and
 * shortcuts come from the shared command list, which the menu reads too.
 */
export type AppAction = {
  id: string;
  label: string;
  /** "Mod" is Ctrl, or ⌘ on macOS. */
  shortcut?: string;
  enabled: () => boolean;
  run: () => void | Promise<void>;
};

const inWorkspace = () => useDocument.getState().current !== null;
const editable = () => {
  const current = useDocument.getState().current;
  return current !== null && !current.readOnly;
};
const hasDeck = () => (useDocument.getState().current?.workspace.deck ?? null) !== null;

export const APP_ACTIONS: readonly AppAction[] = [
  {
    ...COMMANDS.newWorkspace,
    enabled: () => true,
    run: async () => {
      if (inWorkspace()) await workspaceActions.close();
      if (!inWorkspace()) workspaceActions.openNewDialog();
    },
  },
  {
    ...COMMANDS.openWorkspace,
    enabled: () => true,
    // Leave the open workspace properly first (pending edits saved, its handle released),
    // as "New workspace…" does; if its last edits cannot be saved, it stays open.
    run: async () => {
      if (inWorkspace()) await workspaceActions.close();
      if (!inWorkspace()) await workspaceActions.openWithDialog();
    },
  },
  {
    ...COMMANDS.closeWorkspace,
    enabled: inWorkspace,
    run: () => workspaceActions.close(),
  },

  {
    ...COMMANDS.undo,
    enabled: () => inWorkspace() && documentActions.canUndo(),
    run: () => documentActions.undo(),
  },
  {
    ...COMMANDS.redo,
    enabled: () => inWorkspace() && documentActions.canRedo(),
    run: () => documentActions.redo(),
  },
  {
    ...COMMANDS.openAudience,
    enabled: () => inWorkspace() && !usePresenter.getState().audience.open,
    run: () => presenterActions.openAudience(),
  },
  {
    ...COMMANDS.swapDisplays,
    enabled: () => usePresenter.getState().audience.open && usePresenter.getState().audience.displays > 1,
    run: () => presenterActions.swapDisplays(),
  },
  {
    ...COMMANDS.identifyDisplays,
    enabled: inWorkspace,
    run: () => presenterActions.identifyDisplays(),
  },
  {
    ...COMMANDS.presentDeck,
    enabled: () => hasDeck() && !useQbrView.getState().presenting,
    // The deck's actions (and markdown-it behind them) are fetched on first use.
    run: async () => (await import('../features/qbr/views')).deckActions.present(0),
  },
  {
    ...COMMANDS.exportDeckPdf,
    enabled: () => hasDeck() && useQbrView.getState().exportState.status !== 'running',
    run: async () => (await import('../features/qbr/views')).exportActions.exportPdf(),
  },
  {
    ...COMMANDS.parkItem,
    enabled: editable,
    // The parking lot's box is mounted once by the app (the agenda feature's ParkingHost),
    // which listens for the command by its id: the registry needs none of its code.
    run: () => void window.dispatchEvent(new Event(COMMANDS.parkItem.id)),
  },
];

export function findAction(id: string): AppAction | undefined {
  return APP_ACTIONS.find((a) => a.id === id);
}

export function runAction(id: string): void {
  const action = findAction(id);
  if (action?.enabled()) void action.run();
}

/** Does a keyboard event match "Mod+Shift+K"-style notation? */
export function matchesShortcut(event: KeyboardEvent, shortcut: string, isMac: boolean): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop()?.toLowerCase();
  const wantMod = parts.includes('Mod');
  const wantShift = parts.includes('Shift');
  const mod = isMac ? event.metaKey : event.ctrlKey;
  return event.key.toLowerCase() === key && mod === wantMod && event.shiftKey === wantShift && !event.altKey;
}
