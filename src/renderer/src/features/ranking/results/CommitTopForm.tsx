import { useState } from 'react';
import { roundsOfQuestion } from '../../../../../shared/domain/deck/createDeck';
import { localDay } from '../../../../../shared/domain/calendarDay';
import { cutStraddlers, METHOD_NAMES, type RoundAnalysis } from '../../../../../shared/domain/ranking';
import { commitWithDecision, dissentersOf } from '../../../../../shared/domain/rounds';
import type { Round, Workspace } from '../../../../../shared/domain/workspace';
import { documentActions } from '../../../document';

/**
 * Before the top N are committed: the items whose range crosses the cut are the room's
 * choice (never the order they were typed in), and the decision log gets why and who
 * disagreed. Committing is one edit, so one undo takes back the statuses and the entry.
 */
export function CommitTopForm({
  workspace,
  round,
  analysis,
  titles,
  n,
  hideNames,
  onDone,
}: {
  workspace: Workspace;
  round: Round;
  analysis: RoundAnalysis;
  titles: Record<string, string>;
  n: number;
  hideNames: boolean;
  onDone: () => void;
}) {
  const t = (id: string) => titles[id] ?? id;
  const straddlers = cutStraddlers(analysis.ranges, n);
  const open = new Set(straddlers);
  const sure = analysis.ranges.filter((r) => r.place <= n && !open.has(r.candidate)).map((r) => r.candidate);
  const [chosen, setChosen] = useState<string[]>([]);
  const items = [...sure, ...analysis.ranges.map((r) => r.candidate).filter((id) => chosen.includes(id))];
  const number = roundsOfQuestion(workspace, round.question).indexOf(round) + 1;
  const [why, setWhy] = useState(
    `Top ${n} of “${round.question}” (round ${number}, ${METHOD_NAMES[analysis.consensus.method]})`,
  );
  const dissentFor = (ids: string[]) => {
    const people = dissentersOf(round, ids, n);
    if (hideNames)
      return people.length === 0 ? '' : `${people.length} ${people.length === 1 ? 'person' : 'people'}`;
    const names = new Map(workspace.participants.map((p) => [p.id, p.name]));
    return people.map((id) => names.get(id) ?? 'Former participant').join(', ');
  };
  const [dissent, setDissent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const needsChoice = straddlers.length > 0 && chosen.length === 0;
  const commit = () => {
    const refusal = documentActions.tryEdit((w) =>
      commitWithDecision(w, items, {
        id: crypto.randomUUID(),
        why,
        dissent: dissent ?? dissentFor(items),
        date: localDay(new Date()),
      }),
    );
    if (refusal === null) onDone();
    else setError(refusal);
  };
  return (
    <form
      className="commit-form"
      aria-label={`Commit top ${n}`}
      onSubmit={(e) => {
        e.preventDefault();
        commit();
      }}
    >
      {straddlers.length > 0 ? (
        <fieldset className="commit-choice">
          <legend>
            The cut after place {n} falls inside a range: the ballots fit orders where any of these is in the
            top {n}. Choose which to commit.
          </legend>
          {straddlers.map((id) => {
            const r = analysis.ranges.find((x) => x.candidate === id)!;
            return (
              <label key={id} className="commit-option">
                <input type="checkbox" checked={chosen.includes(id)} onChange={() => toggle(id)} /> {t(id)}{' '}
                <span className="muted">
                  (place {r.place}, could be {r.first}–{r.last})
                </span>
              </label>
            );
          })}
        </fieldset>
      ) : null}
      <p data-testid="commit-items">
        Committing {items.length === 0 ? 'nothing yet' : items.map(t).join(', ')}.
      </p>
      <label className="commit-field">
        Why (goes into the decision log)
        <input value={why} onChange={(e) => setWhy(e.target.value)} />
      </label>
      <label className="commit-field">
        Who disagreed
        <input value={dissent ?? dissentFor(items)} onChange={(e) => setDissent(e.target.value)} />
      </label>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="commit-row">
        <button type="submit" className="button button-primary" disabled={needsChoice || items.length === 0}>
          Commit {items.length} {items.length === 1 ? 'item' : 'items'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
