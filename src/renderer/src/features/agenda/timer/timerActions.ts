import {
  acceptReplan,
  addTime,
  nextBlock,
  pauseBlock,
  previousBlock,
  resumeBlock,
  setChime,
  startBlock,
} from '../../../../../shared/domain/agenda';
import type { Workspace } from '../../../../../shared/domain/workspace';
import { documentActions } from '../../../document';

/**
 * The console's timer buttons and keys: each is one undoable edit of the stored run, read
 * at the moment of the press (the end time is stored, never a count).
 */
const edit = (recipe: (w: Workspace, now: number) => Workspace): boolean =>
  documentActions.edit((w) => recipe(w, Date.now()));

/** The next block not done yet, or the first: where "Start" begins. */
function startable(w: Workspace): string | null {
  const { blocks } = w.agenda;
  return (blocks.find((b) => !b.done) ?? blocks[0])?.id ?? null;
}

export const timerActions = {
  /** Start when nothing runs, pause when running, resume when paused (T). */
  startOrPause: (): boolean =>
    edit((w, now) => {
      switch (w.agenda.run.timer.state) {
        case 'running':
          return pauseBlock(w, now);
        case 'paused':
          return resumeBlock(w, now);
        case 'idle': {
          const id = startable(w);
          return id ? startBlock(w, id, now) : w;
        }
      }
    }),
  addMinutes: (minutes: number): boolean => edit((w) => addTime(w, minutes)),
  next: (): boolean => edit((w, now) => nextBlock(w, now)),
  previous: (): boolean => edit((w, now) => previousBlock(w, now)),
  setChime: (on: boolean): boolean => edit((w) => setChime(w, on)),
  /** The re-plan as offered at this moment, the dropped blocks parked: one undoable edit. */
  acceptReplan: (dropIds: ReadonlySet<string>): boolean =>
    edit((w, now) => acceptReplan(w, now, dropIds, () => crypto.randomUUID())),
};
