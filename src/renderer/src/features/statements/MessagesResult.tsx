import { Fragment, useState } from 'react';
import { agreeMessages, messagesReveal } from '../../../../shared/domain/statements';
import { SERIES_LIMITS, type Workspace } from '../../../../shared/domain/workspace';
import type { MessagesCheck } from '../../../../shared/domain/workspace/statementCheckSchema';
import { documentActions } from '../../document';
import { checkDate } from './checkDate';
import { Highlighted } from './Highlighted';

const BOXES = Array.from({ length: SERIES_LIMITS.agreedMessages }, (_, i) => i);

/**
 * The revealed messages, one column per person and message 1 of each side by side, the
 * words shared with another draft marked; then the room's version, started from any draft
 * ("Use this") and edited, saved as "What every team will hear".
 */
export function MessagesResult({
  workspace,
  check,
  readOnly,
}: {
  workspace: Workspace;
  check: MessagesCheck;
  readOnly: boolean;
}) {
  const view = messagesReveal(check, workspace.participants);
  const [boxes, setBoxes] = useState(() => BOXES.map((i) => workspace.agreedMessages[i] ?? ''));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const rows = Math.max(0, ...view.columns.map((c) => c.messages.length));

  /** Into the first empty box; with none empty, into the box of the same number. */
  const use = (text: string, position: number) => {
    const empty = boxes.findIndex((b) => b.trim() === '');
    const at = empty >= 0 ? empty : position;
    setBoxes(boxes.map((b, i) => (i === at ? text : b)));
    setSaved(false);
  };
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    const refused = documentActions.tryEdit((w) => agreeMessages(w, check.id, boxes));
    setError(refused);
    setSaved(refused === null);
  };

  return (
    <section className="statement-reveal" aria-label="Drafts side by side">
      <p className="statement-headline">
        {view.people} {view.people === 1 ? 'draft' : 'drafts'} side by side
        {check.anonymous ? ', with no names' : ''}.
      </p>
      <div className="statement-table-wrap">
        <table className="statement-table">
          <thead>
            <tr>
              <th scope="col" className="statement-position">
                <span className="sr-only">Message</span>
              </th>
              {view.columns.map((c, i) => (
                <th key={i} scope="col">
                  {c.author ?? `Draft ${i + 1}`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, row) => (
              <tr key={row}>
                <th scope="row" className="statement-position">
                  {row + 1}
                </th>
                {view.columns.map((c, i) => {
                  const message = c.messages[row];
                  return (
                    <td key={i}>
                      {message ? (
                        <Fragment>
                          <p className="statement-message">
                            <Highlighted text={message.text} words={message.shared} />
                          </p>
                          {readOnly ? null : (
                            <button
                              type="button"
                              className="button statement-use"
                              aria-label={`Use this: ${message.text}`}
                              onClick={() => use(message.text, row)}
                            >
                              Use this
                            </button>
                          )}
                        </Fragment>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="statement-common">
        {view.commonWords.length > 0 ? (
          <>
            <strong>In more than one draft: </strong>
            {view.commonWords
              .slice(0, 12)
              .map((w) => `${w.word} (${w.people} of ${view.people})`)
              .join(' · ')}
          </>
        ) : (
          'No word of substance is in more than one draft.'
        )}
      </p>
      <AgreedMessages workspace={workspace} check={check} />
      {readOnly ? null : (
        <form className="statement-agree" onSubmit={save} aria-label="Agree the messages">
          <h3>Agree the messages every team will hear</h3>
          <p className="muted">
            Start from any draft (“Use this”) and edit, or write one fresh. One to three.
          </p>
          {BOXES.map((i) => (
            <label key={i} className="statement-field">
              Agreed message {i + 1}
              <textarea
                value={boxes[i]}
                rows={2}
                maxLength={SERIES_LIMITS.message}
                onChange={(e) => {
                  setBoxes(boxes.map((b, j) => (j === i ? e.target.value : b)));
                  setSaved(false);
                }}
              />
            </label>
          ))}
          {error ? <p role="alert">{error}</p> : null}
          {saved ? <p role="status">Saved: every team will hear these.</p> : null}
          <div className="check-actions">
            <button type="submit" className="button button-primary button-large">
              Save the agreed messages
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function AgreedMessages({ workspace, check }: { workspace: Workspace; check: MessagesCheck }) {
  if (workspace.agreedMessages.length === 0) return null;
  return (
    <section className="statement-agreed" aria-label="What every team will hear">
      <h3>What every team will hear</h3>
      <p className="muted">{checkDate(check)}</p>
      <ol>
        {workspace.agreedMessages.map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ol>
    </section>
  );
}
