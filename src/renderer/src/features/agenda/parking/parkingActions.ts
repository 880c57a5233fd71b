import type { Workspace } from '../../../../../shared/domain/workspace';
import {
  carryFileOf,
  dateIn,
  editParkedText,
  importCarried,
  isTimeZone,
  parkItem,
  readCarryFile,
  recordDots,
  reopenItem,
  triageItem,
  untriaged,
  type Triage,
} from '../../../../../shared/domain/agenda';
import { documentActions, useDocument } from '../../../document';
import { downloadText } from '../../../ui/downloadText';
import { priorityInFocus } from './focusedPriority';
import { getParkingView, setParkingView, type CaptureLink } from './parkingStore';

const newId = (): string => crypto.randomUUID();

/** The open workspace, when it can be edited. */
function editable(): Workspace | null {
  const current = useDocument.getState().current;
  return current && !current.readOnly ? current.workspace : null;
}

/** Today in the agenda's time zone (the date a decision made from the lot carries). */
function today(w: Workspace, now = Date.now()): string {
  const zone = isTimeZone(w.agenda.timeZone)
    ? w.agenda.timeZone
    : Intl.DateTimeFormat().resolvedOptions().timeZone;
  return dateIn(zone, now);
}

export const openCount = (w: Workspace): number => untriaged(w).length;

export function lotCountText(open: number): string {
  return `${open} in the lot`;
}

/**
 * The parking lot's gestures. Each change is one edit of the workspace (autosaved, undone
 * with Ctrl+Z); a refusal comes back as the domain's message, to show where the user is
 * looking, and null means done.
 */
export const parkingActions = {
  /**
   * Opens the one-line box, linked to the block running and the priority in focus as they
   * are now (read before the box takes the keyboard focus).
   */
  openCapture: (): void => {
    const w = editable();
    if (!w || getParkingView().capture) return;
    setParkingView({ capture: { blockId: w.agenda.run.blockId, priorityId: priorityInFocus(w) } });
  },
  cancelCapture: (): void => setParkingView({ capture: null }),

  park: (text: string, link: CaptureLink): string | null => {
    if (!editable()) return 'This workspace is read-only: nothing can be parked.';
    const error = documentActions.tryEdit((w) => parkItem(w, { text, ...link }, newId(), new Date()));
    if (error !== null) return error;
    const w = useDocument.getState().current?.workspace;
    const previous = getParkingView().confirmation?.key ?? 0;
    setParkingView({
      capture: null,
      confirmation: { text: `Parked — ${lotCountText(w ? openCount(w) : 0)}`, key: previous + 1 },
    });
    return null;
  },
  dismissConfirmation: (): void => setParkingView({ confirmation: null }),

  editText: (id: string, text: string): string | null =>
    documentActions.tryEdit((w) => editParkedText(w, id, text)),
  triage: (id: string, triage: Triage): string | null =>
    documentActions.tryEdit((w) => triageItem(w, id, triage, newId(), today(w))),
  reopen: (id: string): string | null => documentActions.tryEdit((w) => reopenItem(w, id)),
  /** The tally of "pick the top 3 to solve now", kept on the items. */
  recordDots: (totals: Readonly<Record<string, number>>): string | null =>
    documentActions.tryEdit((w) => recordDots(w, totals)),

  openLot: (): void => setParkingView({ lotOpen: true }),
  closeLot: (): void => setParkingView({ lotOpen: false }),
};

/** "Q1 2027 Leadership Offsite parking lot.json", with what a file name cannot hold replaced. */
export function carryFileName(w: Workspace): string {
  const name =
    [...w.name]
      .map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '-' : c))
      .join('')
      .trim() || 'Offsite';
  return `${name} parking lot.json`;
}

/** Downloads the items worth carrying; what it says about it, for the screen. */
export function exportCarried(w: Workspace): string {
  const file = carryFileOf(w);
  if (file.items.length === 0) {
    return 'Nothing to carry: no item is open, carried, for the next session or long-term.';
  }
  downloadText(carryFileName(w), `${JSON.stringify(file, null, 2)}\n`);
  const n = file.items.length;
  return `${n} ${n === 1 ? 'item' : 'items'} saved to “${carryFileName(w)}”.`;
}

/** Reads a carry file into the lot; what happened, in words (refusals too, nothing changed then). */
export function importCarriedText(text: string): { ok: boolean; message: string } {
  const read = readCarryFile(text);
  if (!read.ok) return { ok: false, message: read.message };
  if (!editable()) return { ok: false, message: 'This workspace is read-only: nothing was imported.' };
  const from = [read.file.from.workspace, read.file.from.period].filter((s) => s.trim()).join(', ');
  let added = 0;
  const error = documentActions.tryEdit((w) => {
    const result = importCarried(w, read.file, newId);
    added = result.added;
    return result.added === 0 ? w : result.workspace;
  });
  if (error !== null) return { ok: false, message: error };
  if (added === 0) {
    return {
      ok: true,
      message:
        read.file.items.length === 0
          ? `The file from ${from || 'an earlier session'} holds no items.`
          : `Nothing new: the items from ${from || 'that session'} are already here.`,
    };
  }
  return {
    ok: true,
    message: `${added} ${added === 1 ? 'item' : 'items'} carried in from ${from || 'an earlier session'}.`,
  };
}
