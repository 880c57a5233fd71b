import { create } from 'zustand';
import type { DeckSection } from '../../../../shared/domain/workspace';

/**
 * What the QBR screens show right now. The deck itself lives in the workspace (saved
 * with it, with undo/redo); this is view state only and is never saved.
 */
export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; slides: number }
  | { status: 'done'; path: string; pages: number }
  | { status: 'failed'; message: string };

export type RemovedSection = { section: DeckSection; index: number };

export type QbrViewState = {
  /** The section open in the editor (and shown in the preview). */
  selectedSectionId: string | null;
  /** The deck plays full screen; `slide` is the slide on screen, counted from 0. */
  presenting: boolean;
  slide: number;
  /** The section just removed, until the user undoes it or moves on. */
  removed: RemovedSection | null;
  exportState: ExportState;
};

const initial: QbrViewState = {
  selectedSectionId: null,
  presenting: false,
  slide: 0,
  removed: null,
  exportState: { status: 'idle' },
};

export const useQbrView = create<QbrViewState>()(() => initial);
export const setQbrView = useQbrView.setState;
export const getQbrView = useQbrView.getState;

/** For tests and when the workspace closes: nothing selected, nothing playing. */
export function resetQbrView(): void {
  useQbrView.setState(initial, true);
}
