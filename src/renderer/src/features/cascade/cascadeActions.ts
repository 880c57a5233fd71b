import {
  addContribution,
  addDepartment,
  editContribution,
  linkPriority,
  removeContribution,
  removeDepartment,
  renameDepartment,
  setDepartmentCapacity,
  unlinkPriority,
  type ContributionPatch,
} from '../../../../shared/domain/cascade';
import { documentActions } from '../../document';

const newId = () => crypto.randomUUID();

/** A number as typed ("2,5" or "2.5"); NaN when it is not one, for the domain to refuse in words. */
export function typedNumber(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/**
 * Every cascade edit goes through the open document, so undo, autosave and refusals work
 * as on every screen. Field edits return the refusal to show beside the field (tryEdit);
 * buttons report theirs in the notice bar (edit).
 */
export const cascadeActions = {
  addDepartment: (name: string, capacity: string): string | null =>
    documentActions.tryEdit((w) => addDepartment(w, { id: newId(), name, capacity: typedNumber(capacity) })),
  renameDepartment: (id: string, name: string) =>
    documentActions.tryEdit((w) => renameDepartment(w, id, name)),
  setCapacity: (id: string, capacity: string) =>
    documentActions.tryEdit((w) => setDepartmentCapacity(w, id, typedNumber(capacity))),
  removeDepartment: (id: string) => documentActions.edit((w) => removeDepartment(w, id)),

  /** A new objective for a priority, to be filled in where it appears; its id, or the refusal. */
  addObjective: (
    departmentId: string,
    objective: string,
    priorityIds: string[],
  ): { id: string } | { refused: string } => {
    const id = newId();
    const refused = documentActions.tryEdit((w) =>
      addContribution(w, {
        id,
        departmentId,
        objective,
        owner: '',
        measure: '',
        horizon: 'now',
        effort: 1,
        priorityIds,
      }),
    );
    return refused === null ? { id } : { refused };
  },
  edit: (id: string, patch: ContributionPatch) =>
    documentActions.tryEdit((w) => editContribution(w, id, patch)),
  remove: (id: string) => documentActions.edit((w) => removeContribution(w, id)),
  link: (id: string, priorityId: string) => documentActions.edit((w) => linkPriority(w, id, priorityId)),
  unlink: (id: string, priorityId: string) => documentActions.edit((w) => unlinkPriority(w, id, priorityId)),
};
