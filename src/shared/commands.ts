import { MENU_ACTIONS } from './ipc/menuActions';

/**
 * The app's commands, as the user sees them: one label and one shortcut each, read by the
 * application menu (main), the keyboard shortcuts and the command palette (renderer), so
 * they can never disagree. What a command does lives in the renderer's action registry.
 */
export type Command = {
  id: string;
  /** Sentence case, as the palette shows it; the menu shows it in title case (`menuLabel`). */
  label: string;
  /** "Mod" is Ctrl, or ⌘ on macOS, e.g. "Mod+Shift+Z". */
  shortcut?: string;
};

export const COMMANDS = {
  newWorkspace: { id: MENU_ACTIONS.newWorkspace, label: 'New workspace…', shortcut: 'Mod+N' },
  openWorkspace: { id: MENU_ACTIONS.openWorkspace, label: 'Open workspace…', shortcut: 'Mod+O' },
  closeWorkspace: { id: MENU_ACTIONS.closeWorkspace, label: 'Close workspace', shortcut: 'Mod+W' },
  undo: { id: MENU_ACTIONS.undo, label: 'Undo', shortcut: 'Mod+Z' },
  redo: { id: MENU_ACTIONS.redo, label: 'Redo', shortcut: 'Mod+Shift+Z' },
  commandPalette: { id: MENU_ACTIONS.commandPalette, label: 'Command palette…', shortcut: 'Mod+K' },
  openAudience: { id: MENU_ACTIONS.openAudience, label: 'Open audience window', shortcut: 'Mod+Shift+P' },
  swapDisplays: { id: MENU_ACTIONS.swapDisplays, label: 'Swap displays' },
  identifyDisplays: { id: MENU_ACTIONS.identifyDisplays, label: 'Identify displays' },
  presentDeck: { id: 'qbr.present', label: 'Present the QBR deck' },
  exportDeckPdf: { id: 'qbr.exportPdf', label: 'Export the QBR deck to PDF…', shortcut: 'Mod+Shift+E' },
  // From any screen in under 3 s: one key, one line of text (L for the parking lot).
  parkItem: { id: MENU_ACTIONS.parkItem, label: 'Park an item…', shortcut: 'Mod+Shift+L' },
} as const satisfies Record<string, Command>;

// Words a title keeps in lower case unless they start it.
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

/** The label in the title case menus use ("New workspace…" → "New Workspace…"). */
export function menuLabel(command: Command): string {
  return command.label
    .split(' ')
    .map((word, i) => (i > 0 && MINOR_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/** The shortcut in Electron's accelerator notation ("Mod+Shift+Z" → "Shift+CmdOrCtrl+Z"). */
export function menuAccelerator(command: Command): string | undefined {
  if (!command.shortcut) return undefined;
  const parts = command.shortcut.split('+');
  const key = parts.pop()!;
  const modifiers = [
    parts.includes('Shift') ? 'Shift' : null,
    parts.includes('Alt') ? 'Alt' : null,
    parts.includes('Mod') ? 'CmdOrCtrl' : null,
  ].filter((m): m is string => m !== null);
  return [...modifiers, key].join('+');
}

/** The shortcut as the palette prints it: "Mod+Shift+E" → "Ctrl+Shift+E", or "⌘+Shift+E" on macOS. */
export function shortcutText(shortcut: string, isMac: boolean): string {
  return shortcut.replace('Mod', isMac ? '⌘' : 'Ctrl');
}
