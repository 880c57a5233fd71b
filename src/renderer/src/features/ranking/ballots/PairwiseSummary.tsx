import type { Judgement } from '../../../../../shared/domain/rounds';
import { strengthLabel, type Consistency } from './pairwiseMath';
import type { BallotItem } from './types';

type PairwiseSummaryProps = {
  order: string[][];
  item: (id: string) => BallotItem;
  /** Only for rounds that ask strengths. */
  consistency: Consistency | null;
  onRevisit: (judgements: Judgement[]) => void;
};

/** The finished comparisons: the order they give and, with strengths, how consistent they are. */
export function PairwiseSummary({ order, item, consistency, onRevisit }: PairwiseSummaryProps) {
  return (
    <div className="ballot-summary">
      <p className="ballot-summary-lead">
        Every question is answered. Your answers put the items in this order:
      </p>
      <ol className="ballot-summary-order">
        {order.map((tier) => (
          <li key={tier.join('\u0000')}>{tier.map((id) => item(id).title).join(' = ')}</li>
        ))}
      </ol>
      {consistency ? <ConsistencyNote consistency={consistency} item={item} onRevisit={onRevisit} /> : null}
    </div>
  );
}

function ConsistencyNote({
  consistency,
  item,
  onRevisit,
}: {
  consistency: Consistency;
  item: (id: string) => BallotItem;
  onRevisit: (judgements: Judgement[]) => void;
}) {
  const cr = consistency.cr.toFixed(2);
  if (consistency.consistent) {
    return (
      <p className="ballot-consistency ballot-consistency-ok" role="status">
        Your answers hang together well: consistency ratio {cr} (0.10 or less is consistent).
      </p>
    );
  }
  return (
    <div className="ballot-consistency ballot-consistency-warn" role="status">
      <p>
        Some of your answers contradict each other: consistency ratio {cr} (0.10 or less is consistent). These
        answers fit the others least:
      </p>
      <ul>
        {consistency.worst.map((j) => (
          <li key={`${j.a}\u0000${j.b}`}>{describe(j, item)}</li>
        ))}
      </ul>
      <button type="button" className="button button-large" onClick={() => onRevisit(consistency.worst)}>
        Answer {consistency.worst.length === 1 ? 'this question' : `these ${consistency.worst.length}`} again
      </button>{' '}
      <span className="muted">or submit as they are.</span>
    </div>
  );
}

function describe(j: Judgement, item: (id: string) => BallotItem): string {
  const a = item(j.a).title;
  const b = item(j.b).title;
  if (j.prefer === 'equal') return `${a} and ${b}: you said equal.`;
  const [winner, loser] = j.prefer === 'a' ? [a, b] : [b, a];
  return `${winner} over ${loser}: ${strengthLabel(j.strength).toLowerCase()} (${j.strength} of 9).`;
}
