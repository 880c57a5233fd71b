import type { Workspace } from '../../../../shared/domain/workspace';
import {
  addBlock,
  addDay,
  moveBlock,
  removeBlock,
  removeDay,
  setTimeZone,
  updateBlock,
  updateDay,
  type BlockChange,
  type NewBlock,
} from '../../../../shared/domain/agenda';
import { documentActions, useDocument } from '../../document';

/**
 * The agenda's edits: each is one edit of the workspace (autosaved, undone with Ctrl+Z).
 * A refusal from the domain ("A block lasts at most 8 hours") comes back as the message
 * to show where the user is looking; null when the edit was made.
 */
export const newAgendaId = (): string => crypto.randomUUID();

const edit = (recipe: (w: Workspace) => Workspace): string | null => documentActions.tryEdit(recipe);

/** The workspace right after the last edit: what an Undo offer checks it still stands on. */
export const currentWorkspace = (): Workspace | undefined => useDocument.getState().current?.workspace;

export const agendaActions = {
  setTimeZone: (zone: string) => edit((w) => setTimeZone(w, zone)),
  updateBlock: (id: string, change: BlockChange) => edit((w) => updateBlock(w, id, change)),
  updateDay: (id: string, change: Parameters<typeof updateDay>[2]) => edit((w) => updateDay(w, id, change)),
  addDay: () => edit((w) => addDay(w, newAgendaId())),
  removeDay: (id: string) => edit((w) => removeDay(w, id)),
  removeBlock: (id: string) => edit((w) => removeBlock(w, id)),
  moveBlock: (id: string, dayId: string, index: number) => edit((w) => moveBlock(w, id, dayId, index)),
  /** Adds a block after `afterId` (or at the end of `dayId`); returns its id, or the refusal. */
  addBlock: (input: NewBlock, afterId: string | null): { id: string } | { error: string } => {
    const id = newAgendaId();
    const error = edit((w) => addBlock(w, input, id, afterId));
    return error === null ? { id } : { error };
  },
  /** Any other single edit of the agenda (building it from a template). */
  apply: (recipe: (w: Workspace) => Workspace) => edit(recipe),
};
