import { useState } from 'react';
import { createPortal } from 'react-dom';
import { createCheckpoint } from '../../../../shared/domain/alignment';
import type { Workspace } from '../../../../shared/domain/workspace';
import { documentActions } from '../../document';
import { CheckpointScreen } from './CheckpointScreen';
import { checkpointView, useCheckpointView } from './store';

/** The open checkpoint made last, or undefined when none is open. */
function newestOpen(workspace: Workspace) {
  let newest: Workspace['checkpoints'][number] | undefined;
  for (const c of workspace.checkpoints) {
    if (c.status === 'open' && (!newest || c.createdAt >= newest.createdAt)) newest = c;
  }
  return newest;
}

/**
 * "Open the checkpoint" where the day's agenda reaches a checkpoint block: the newest open
 * checkpoint, or a new one with the built-in questions, full window over the console (the
 * same screen as under the Ranking tab, with its room link and reveal).
 */
export function OpenCheckpointButton({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const openId = useCheckpointView((s) => s.openId);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = workspace.checkpoints.find((c) => c.id === openId) ?? null;
  const existing = newestOpen(workspace);
  const open = () => {
    if (existing) return checkpointView.open(existing.id);
    const id = crypto.randomUUID();
    const refusal = documentActions.tryEdit((w) => createCheckpoint(w, {}, id, new Date()));
    setProblem(refusal);
    if (refusal === null) checkpointView.open(id);
  };
  return (
    <>
      <button
        type="button"
        className="button button-primary"
        onClick={open}
        disabled={readOnly && !existing}
        title={
          existing ? `Opens “${existing.title}”` : 'Starts a checkpoint with the three built-in questions'
        }
      >
        Open the checkpoint
      </button>
      {problem ? (
        <span className="muted" role="alert">
          {problem}
        </span>
      ) : null}
      {shown
        ? createPortal(
            <CheckpointScreen workspace={workspace} checkpoint={shown} readOnly={readOnly} />,
            document.body,
          )
        : null}
    </>
  );
}
