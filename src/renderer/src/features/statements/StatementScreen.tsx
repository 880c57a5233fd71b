import { deleteStatementCheck, revealStatementCheck } from '../../../../shared/domain/statements';
import type { Workspace } from '../../../../shared/domain/workspace';
import type { StatementCheck } from '../../../../shared/domain/workspace/statementCheckSchema';
import { documentActions } from '../../document';
import { DeleteWithConfirm, PrivateTurns } from '../../ui/PrivateTurns';
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
  const people = workspace.participants.filter((p) => p.votes);
  const written = new Set(check.answeredBy);
  const person = check.status === 'open' && !readOnly ? people.find((p) => p.id === writingAs) : undefined;

  if (person) {
    return (
      <div
        className="check-screen"
        role="dialog"
        aria-modal="true"
        aria-label={`Private draft for ${person.name}`}
      >
        <PrivateDraft check={check} person={person} />
      </div>
    );
  }

  const remove = () => {
    statementView.close();
    documentActions.edit((w) => deleteStatementCheck(w, check.id));
  };

  return (
    <div className="check-screen" role="dialog" aria-modal="true" aria-label={`Check: ${check.title}`}>
      <header className="check-header">
        <h2 className="statement-title">{check.title}</h2>
        <span className="check-kind">{check.anonymous ? 'Anonymous' : 'Named'}</span>
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
        <PrivateTurns
          label="Writing"
          people={people}
          doneIds={written}
          anonymous={check.anonymous}
          lastDone={lastWritten}
          words={{ act: 'write', done: 'written', things: 'Drafts', thanks: 'your draft is in' }}
          readOnly={readOnly}
          onPick={statementView.writeAs}
          onReveal={() => documentActions.edit((w) => revealStatementCheck(w, check.id))}
          gridClassName="statement-voters"
        />
      )}
      {readOnly ? null : (
        <DeleteWithConfirm
          className="check-delete"
          label="Delete this check"
          confirmLabel="Delete it, with every draft"
          onDelete={remove}
        />
      )}
    </div>
  );
}
