import { deleteCheckpoint, revealCheckpoint } from '../../../../shared/domain/alignment';
import type { Checkpoint, Workspace } from '../../../../shared/domain/workspace';
import { documentActions } from '../../document';
import { DeleteWithConfirm, PrivateTurns } from '../../ui/PrivateTurns';
import { RoomLinkPanel } from '../room';
import { CheckpointResults } from './CheckpointResults';
import { PrivateAnswer } from './PrivateAnswer';
import { checkpointView, useCheckpointView } from './store';

/**
 * One checkpoint, full window. While open: who has answered (never what), "Pick your name
 * to answer in private", the room link (everyone answers on their own phone) and the
 * facilitator's Reveal, which also closes the link. Once revealed: the results.
 */
export function CheckpointScreen({
  workspace,
  checkpoint,
  readOnly,
}: {
  workspace: Workspace;
  checkpoint: Checkpoint;
  readOnly: boolean;
}) {
  const answeringAs = useCheckpointView((s) => s.answeringAs);
  const lastAnswered = useCheckpointView((s) => s.lastAnswered);
  const people = workspace.participants.filter((p) => p.votes);
  const answered = new Set(checkpoint.answeredBy);
  const person = checkpoint.status === 'open' ? people.find((p) => p.id === answeringAs) : undefined;

  if (person) {
    return (
      <div
        className="check-screen"
        role="dialog"
        aria-modal="true"
        aria-label={`Private answers for ${person.name}`}
      >
        <PrivateAnswer checkpoint={checkpoint} person={person} />
      </div>
    );
  }

  const remove = () => {
    checkpointView.close();
    documentActions.edit((w) => deleteCheckpoint(w, checkpoint.id));
  };

  return (
    <div
      className="check-screen"
      role="dialog"
      aria-modal="true"
      aria-label={`Checkpoint: ${checkpoint.title}`}
    >
      <header className="check-header">
        <h2>{checkpoint.title}</h2>
        <span className="check-kind">{checkpoint.anonymous ? 'Anonymous' : 'Named'}</span>
        <button type="button" className="button button-large" onClick={checkpointView.close}>
          Back to the rounds
        </button>
      </header>
      {checkpoint.status === 'revealed' ? (
        <CheckpointResults checkpoint={checkpoint} />
      ) : (
        <PrivateTurns
          label="Answering"
          people={people}
          doneIds={answered}
          anonymous={checkpoint.anonymous}
          lastDone={lastAnswered}
          words={{ act: 'answer', done: 'answered', things: 'Answers', thanks: 'your answers are in' }}
          readOnly={readOnly}
          onPick={checkpointView.answerAs}
          onReveal={() => documentActions.edit((w) => revealCheckpoint(w, checkpoint.id))}
          afterGrid={
            people.length > 0 ? (
              <RoomLinkPanel
                workspace={workspace}
                readOnly={readOnly}
                target={{ kind: 'checkpoint', id: checkpoint.id, title: checkpoint.title, done: answered }}
              />
            ) : null
          }
        />
      )}
      {readOnly ? null : (
        <DeleteWithConfirm
          className="check-delete"
          label="Delete this checkpoint"
          confirmLabel="Delete it, with every answer"
          onDelete={remove}
        />
      )}
    </div>
  );
}
