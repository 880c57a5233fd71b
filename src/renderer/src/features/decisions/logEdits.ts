import type { Workspace } from '../../../../shared/domain/workspace';
import { decisionLogView, type Removal } from './store';
import { useDocument, documentActions } from '../../document';

/**
 * Runs one edit of the log through the workspace (autosave, undo). A rule the domain
 * enforces (empty “what”, a bad date, a deleted card) comes back as the message to show
 * beside the field, and the workspace stays exactly as it was.
 */
export function tryEdit(recipe: (w: Workspace) => Workspace): string | null {
  return documentActions.tryEdit(recipe);
}

/** Removes something and offers Undo for it, as long as nothing else has changed since. */
export function removeWithUndo(
  noun: Removal['noun'],
  name: string,
  recipe: (w: Workspace) => Workspace,
): void {
  // A removal has no field to show a refusal beside: the notice says why, and no Undo is offered.
  const removed = documentActions.edit(recipe);
  const after = useDocument.getState().current?.workspace;
  if (removed && after) decisionLogView.removed({ noun, name, after });
}
