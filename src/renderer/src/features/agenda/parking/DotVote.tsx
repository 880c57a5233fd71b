import { useState } from 'react';
import { analyzeDots, type Allocation } from '../../../../../shared/domain/ranking';
import { untriaged } from '../../../../../shared/domain/agenda';
import type { Participant, Workspace } from '../../../../../shared/domain/workspace';
import { DotsRow } from '../../ranking/views';
import { parkingActions } from './parkingActions';

/** Each person's dots in "pick the top 3 to solve now". */
export const DOTS_EACH = 3;

/** Who places dots: the participants who vote (everyone, when no one is marked as voting). */
export function dotVoters(w: Workspace): Participant[] {
  const voting = w.participants.filter((p) => p.votes);
  return voting.length > 0 ? voting : w.participants;
}

/**
 * "Pick the top 3 to solve now", passing the laptop: one person at a time places 3 dots
 * on the open items (and sees no one else's), the next is named before the dots show.
 * The tally is the ranking's dot analysis; the totals are kept on the items, and the top
 * 3 come first in the lot.
 */
export function DotVote({ workspace, onDone }: { workspace: Workspace; onDone: (summary: string) => void }) {
  // The items and people as they were when the vote began: a new item parked meanwhile waits.
  const [items] = useState(() => untriaged(workspace));
  const [voters] = useState(() => dotVoters(workspace));
  const [turn, setTurn] = useState(0);
  const [voting, setVoting] = useState(false);
  const [amounts, setAmounts] = useState<Record<string, number>>({});
  const [ballots, setBallots] = useState<Allocation[]>([]);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  const voter = voters[turn] ?? null;
  const placed = Object.values(amounts).reduce((a, b) => a + b, 0);
  const remaining = DOTS_EACH - placed;
  const done = (id: string) => ballots.some((b) => b.voterId === id);

  const count = (all: Allocation[]) => {
    if (all.length === 0) {
      onDone('No one placed dots: nothing was counted.');
      return;
    }
    const analysis = analyzeDots(
      items.map((i) => i.id),
      all,
      DOTS_EACH,
    );
    const refusal = parkingActions.recordDots(analysis.totals);
    if (refusal !== null) {
      setError(refusal);
      return;
    }
    const people = all.length === 1 ? '1 person' : `${all.length} people`;
    onDone(`${people} placed ${DOTS_EACH} dots each: the top 3 come first.`);
  };
  const next = (all: Allocation[]) => {
    setAmounts({});
    setVoting(false);
    if (turn + 1 >= voters.length) count(all);
    else setTurn(turn + 1);
  };

  if (items.length < 2 || voters.length === 0) {
    return (
      <section className="parking-vote" aria-label="Pick the top 3 to solve now">
        <p>
          {voters.length === 0
            ? 'Add the participants on Setup first: each places 3 dots.'
            : 'A dot vote needs at least two open items.'}
        </p>
        <button type="button" className="button" onClick={() => onDone('')}>
          Back to the lot
        </button>
      </section>
    );
  }

  return (
    <section className="parking-vote" aria-label="Pick the top 3 to solve now">
      <ol className="parking-vote-people" aria-label="Who votes">
        {voters.map((p, i) => (
          <li
            key={p.id}
            className={
              done(p.id)
                ? 'parking-voter-done'
                : i === turn
                  ? 'parking-voter-now'
                  : skipped.includes(p.id)
                    ? 'parking-voter-skipped'
                    : ''
            }
          >
            {p.name}
            {done(p.id) ? ' ✓' : skipped.includes(p.id) ? ' (skipped)' : ''}
          </li>
        ))}
      </ol>
      {voter && !voting ? (
        <div className="parking-vote-handover">
          <p className="parking-vote-turn">
            Pass the laptop to <strong>{voter.name}</strong> ({turn + 1} of {voters.length})
          </p>
          <div className="parking-vote-buttons">
            <button type="button" className="button button-primary" onClick={() => setVoting(true)}>
              I am {voter.name}: place my dots
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setSkipped([...skipped, voter.id]);
                next(ballots);
              }}
            >
              Skip {voter.name}
            </button>
            <button type="button" className="button button-ghost" onClick={() => count(ballots)}>
              Count the dots now
            </button>
            <button type="button" className="button button-ghost" onClick={() => onDone('')}>
              Cancel the vote
            </button>
          </div>
        </div>
      ) : null}
      {voter && voting ? (
        <div className="parking-vote-ballot">
          <p className="parking-vote-turn" role="status">
            <strong>{voter.name}</strong>:{' '}
            {remaining > 0
              ? `${remaining} of ${DOTS_EACH} dots left to place`
              : `all ${DOTS_EACH} dots placed`}
            . Several on one item is fine.
          </p>
          <ul className="ballot-list" aria-label={`${voter.name}’s dots`}>
            {items.map((item) => (
              <DotsRow
                key={item.id}
                item={{ id: item.id, title: item.text, description: '' }}
                amount={amounts[item.id] ?? 0}
                remaining={remaining}
                onAdd={(delta) =>
                  setAmounts({ ...amounts, [item.id]: Math.max(0, (amounts[item.id] ?? 0) + delta) })
                }
              />
            ))}
          </ul>
          <div className="parking-vote-buttons">
            <button
              type="button"
              className="button button-primary"
              aria-disabled={remaining > 0}
              onClick={() => {
                if (remaining > 0) return;
                const all = [...ballots, { voterId: voter.id, voterName: voter.name, points: amounts }];
                setBallots(all);
                next(all);
              }}
            >
              Submit my dots
            </button>
            <button type="button" className="button" onClick={() => setVoting(false)}>
              Not me: back
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
