import type { Workspace } from '../../../shared/domain/workspace';

/**
 * Undo/redo over whole workspace snapshots. Edits are immutable, so a snapshot is just a
 * reference: cheap to keep, exact to restore. (zundo was tried; its undo merges state
 * back into the store's top level, which would also restore stale lock and read-only
 * flags kept beside the workspace. Twenty lines here avoid that.)
 */
export const HISTORY_LIMIT = 200;

export class EditHistory {
  private past: Workspace[] = [];
  private future: Workspace[] = [];

  record(before: Workspace): void {
    this.past.push(before);
    if (this.past.length > HISTORY_LIMIT) this.past.shift();
    this.future = [];
  }

  undo(current: Workspace): Workspace | null {
    const previous = this.past.pop();
    if (!previous) return null;
    this.future.push(current);
    return previous;
  }

  redo(current: Workspace): Workspace | null {
    const next = this.future.pop();
    if (!next) return null;
    this.past.push(current);
    return next;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}
