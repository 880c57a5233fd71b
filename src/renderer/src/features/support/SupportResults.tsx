import { useState } from 'react';
import { supportMatrixOf } from '../../../../shared/domain/alignment/supportEdits';
import type { SupportPair } from '../../../../shared/domain/alignment/supportMatrix';
import type { SupportCheck } from '../../../../shared/domain/workspace/supportCheckSchema';
import { pairKey } from './pairKey';
import { SupportHeatmap } from './SupportHeatmap';

const one = (n: number) => n.toFixed(1);

/**
 * The revealed matrix: the heatmap, and beside it what it says in sentences, then the pairs
 * that see their support differently, most asymmetric first. Pointing at a pair (or at a
 * cell) marks both of its cells. Derived from the saved ratings each time it is drawn.
 */
export function SupportResults({ check }: { check: SupportCheck }) {
  const matrix = supportMatrixOf(check);
  const [linked, setLinked] = useState<string | null>(null);
  const [overall, least, ...rest] = matrix.sentences;
  return (
    <section className="support-results" aria-label="Results">
      <SupportHeatmap check={check} matrix={matrix} linked={linked} onLink={setLinked} />
      <aside className="support-findings" aria-label="What the matrix says">
        <h3>What it says</h3>
        <p>{overall}</p>
        {least ? <p>{least}</p> : null}
        <h3>Pairs that see it differently</h3>
        {matrix.asymmetric.length === 0 ? (
          <p>{rest[0]}</p>
        ) : (
          <ol className="support-pairs">
            {matrix.asymmetric.map((p, i) => (
              <PairItem
                key={pairKey(p.a, p.b)}
                pair={p}
                sentence={rest[i] ?? ''}
                linked={linked === pairKey(p.a, p.b)}
                onLink={setLinked}
              />
            ))}
          </ol>
        )}
      </aside>
    </section>
  );
}

function PairItem({
  pair,
  sentence,
  linked,
  onLink,
}: {
  pair: SupportPair;
  sentence: string;
  linked: boolean;
  onLink: (key: string | null) => void;
}) {
  const key = pairKey(pair.a, pair.b);
  return (
    <li
      className={linked ? 'support-pair support-pair-linked' : 'support-pair'}
      tabIndex={0}
      onMouseEnter={() => onLink(key)}
      onMouseLeave={() => onLink(null)}
      onFocus={() => onLink(key)}
      onBlur={() => onLink(null)}
    >
      <strong className="support-gap">{one(pair.gap)} apart</strong>
      <span className="support-pair-figures">
        {pair.a} → {pair.b} {one(pair.aToB)} · {pair.b} → {pair.a} {one(pair.bToA)}
      </span>
      <span>{sentence}</span>
    </li>
  );
}
