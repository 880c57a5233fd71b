import { useState } from 'react';
import { deleteCheckpoint, revealCheckpoint } from '../../../../shared/domain/alignment';
import type { Checkpoint, Workspace } from '../../../../shared/domain/workspace';
import { documentActions } from '../../document';
import { RevealBar } from '../../ui/RevealBar';
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
  const [confirm, setConfirm] = useState<'delete' | null>(null);
  const people = workspace.participants.filter((p) => p.votes);
  const answered = new Set(checkpoint.answeredBy);
  const missing = people.filter((p) => !answered.has(p.id));
  const person = checkpoint.status === 'open' ? people.find((p) => p.id === answeringAs) : undefined;

  if (person) {
    return (
      <div
        className="checkpoint-screen"
        role="dialog"
        aria-modal="true"
        aria-label={`Private answers for ${person.name}`}
      >
        <PrivateAnswer checkpoint={checkpoint} person={person} />
      </div>
    );
  }

  const remove = () => {
    if (confirm !== 'delete') return setConfirm('delete');
    checkpointView.close();
    documentActions.edit((w) => deleteCheckpoint(w, checkpoint.id));
  };

  return (
    <div
      className="checkpoint-screen"
      role="dialog"
      aria-modal="true"
      aria-label={`Checkpoint: ${checkpoint.title}`}
    >
      <header className="checkpoint-header">
        <h2>{checkpoint.title}</h2>
        <span className="checkpoint-kind">{checkpoint.anonymous ? 'Anonymous' : 'Named'}</span>
        <button type="button" className="button button-large" onClick={checkpointView.close}>
          Back to the rounds
        </button>
      </header>
      {checkpoint.status === 'revealed' ? (
        <CheckpointResults checkpoint={checkpoint} />
      ) : (
        <section className="voting" aria-label="Answering">
          <p className="voting-status" role="status">
            {lastAnswered ? <strong>Thanks, {lastAnswered}: your answers are in. </strong> : null}
            {answered.size} of {people.length} have answered. Answers stay hidden until the reveal
            {checkpoint.anonymous ? ', and are never linked to a name.' : '.'}
          </p>
          {people.length === 0 ? (
            <p className="empty">Add participants who vote (Setup tab) before they can answer.</p>
          ) : (
            <>
              <h3 className="voting-prompt">Pick your name to answer in private</h3>
              <ul className="voter-grid">
                {people.map((p) => {
                  const done = answered.has(p.id);
                  return (
                    <li key={p.id}>
                      <button
                        type="button"
                        className={`voter ${done ? 'voter-done' : ''}`}
                        style={{ borderColor: p.colour }}
                        disabled={readOnly || done}
                        onClick={() => checkpointView.answerAs(p.id)}
                        aria-label={`${p.name}: ${done ? 'has answered' : 'answer now'}`}
                      >
                        <span className="voter-name">{p.name}</span>
                        <span className="voter-state">{done ? 'Answered ✓' : 'Not yet'}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {people.length > 0 ? (
            <RoomLinkPanel
              workspace={workspace}
              readOnly={readOnly}
              target={{ kind: 'checkpoint', id: checkpoint.id, title: checkpoint.title, done: answered }}
            />
          ) : null}
          <RevealBar
            missing={missing.map((p) => p.name)}
            notYet="answered"
            disabled={readOnly || answered.size === 0}
            onReveal={() => documentActions.edit((w) => revealCheckpoint(w, checkpoint.id))}
          />
        </section>
      )}
      {readOnly ? null : (
        <p className="checkpoint-delete">
          <button type="button" className="button button-danger" onClick={remove}>
            {confirm === 'delete' ? 'Delete it, with every answer' : 'Delete this checkpoint'}
          </button>
          {confirm === 'delete' ? (
            <button type="button" className="button" onClick={() => setConfirm(null)}>
              Keep it
            </button>
          ) : null}
        </p>
      )}
    </div>
  );
}
