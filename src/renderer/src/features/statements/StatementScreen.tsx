import { useState } from 'react';
import { deleteStatementCheck, revealStatementCheck } from '../../../../shared/domain/statements';
import type { Workspace } from '../../../../shared/domain/workspace';
import type { StatementCheck } from '../../../../shared/domain/workspace/statementCheckSchema';
import { documentActions } from '../../document';
import { RevealBar } from '../../ui/RevealBar';
import { MessagesResult } from './MessagesResult';
import { PrivateDraft } from './PrivateDraft';
import { statementView, useStatementView } from './store';
import { SuccessResult } from './SuccessResult';

/**
 * One written check, full window. While open: who has written (names, never what), "Pick
 * your name to write in private" and the facilitator's Reveal. Once revealed: the drafts
 * side by side and, below them, the room's agreed version.
 */
export function StatementScreen({
  workspace,
  check,
  readOnly,
}: {
  workspace: Workspace;
  check: StatementCheck;
  readOnly: boolean;
}) {
  const writingAs = useStatementView((s) => s.writingAs);
  const lastWritten = useStatementView((s) => s.lastWritten);
  const [confirm, setConfirm] = useState(false);
  const people = workspace.participants.filter((p) => p.votes);
  const written = new Set(check.answeredBy);
  const missing = people.filter((p) => !written.has(p.id));
  const person = check.status === 'open' && !readOnly ? people.find((p) => p.id === writingAs) : undefined;

  if (person) {
    return (
      <div
        className="checkpoint-screen"
        role="dialog"
        aria-modal="true"
        aria-label={`Private draft for ${person.name}`}
      >
        <PrivateDraft check={check} person={person} />
      </div>
    );
  }

  const remove = () => {
    if (!confirm) return setConfirm(true);
    statementView.close();
    documentActions.edit((w) => deleteStatementCheck(w, check.id));
  };

  return (
    <div className="checkpoint-screen" role="dialog" aria-modal="true" aria-label={`Check: ${check.title}`}>
      <header className="checkpoint-header">
        <h2 className="statement-title">{check.title}</h2>
        <span className="checkpoint-kind">{check.anonymous ? 'Anonymous' : 'Named'}</span>
        <button type="button" className="button button-large" onClick={statementView.close}>
          Back to the rounds
        </button>
      </header>
      {check.status === 'revealed' ? (
        check.kind === 'messages' ? (
          <MessagesResult workspace={workspace} check={check} readOnly={readOnly} />
        ) : (
          <SuccessResult workspace={workspace} check={check} readOnly={readOnly} />
        )
      ) : (
        <section className="voting" aria-label="Writing">
          <p className="voting-status" role="status">
            {lastWritten ? <strong>Thanks, {lastWritten}: your draft is in. </strong> : null}
            {written.size} of {people.length} have written. Drafts stay hidden until the reveal
            {check.anonymous ? ', and are never linked to a name.' : '.'}
          </p>
          {people.length === 0 ? (
            <p className="empty">Add participants who vote (Setup tab) before they can write.</p>
          ) : (
            <>
              <h3 className="voting-prompt">Pick your name to write in private</h3>
              <ul className="voter-grid statement-voters">
                {people.map((p) => {
                  const done = written.has(p.id);
                  return (
                    <li key={p.id}>
                      <button
                        type="button"
                        className={`voter ${done ? 'voter-done' : ''}`}
                        style={{ borderColor: p.colour }}
                        disabled={readOnly || done}
                        onClick={() => statementView.writeAs(p.id)}
                        aria-label={`${p.name}: ${done ? 'has written' : 'write now'}`}
                      >
                        <span className="voter-name">{p.name}</span>
                        <span className="voter-state">{done ? 'Written ✓' : 'Not yet'}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          <RevealBar
            missing={missing.map((p) => p.name)}
            notYet="written"
            disabled={readOnly || written.size === 0}
            onReveal={() => documentActions.edit((w) => revealStatementCheck(w, check.id))}
          />
        </section>
      )}
      {readOnly ? null : (
        <p className="checkpoint-delete">
          <button type="button" className="button button-danger" onClick={remove}>
            {confirm ? 'Delete it, with every draft' : 'Delete this check'}
          </button>
          {confirm ? (
            <button type="button" className="button" onClick={() => setConfirm(false)}>
              Keep it
            </button>
          ) : null}
        </p>
      )}
    </div>
  );
}
