import type { ReactNode } from 'react';
import {
  CONTEST_EXPLANATIONS,
  placeRangeText,
  type RoundAnalysis,
} from '../../../../../shared/domain/ranking';

/**
 * The three most contested items, each with why: where the conversation should start.
 * `children` go under the list (the time already spent on them).
 */
export function DiscussFirst({
  analysis,
  titles,
  children,
}: {
  analysis: RoundAnalysis;
  titles: Record<string, string>;
  children?: ReactNode;
}) {
  const items = analysis.topContested.slice(0, 3);
  const ranges = new Map(analysis.ranges.map((r) => [r.candidate, r]));
  return (
    <section className="result-card discuss" aria-label="Discuss these first">
      <h3>Discuss these first</h3>
      {items.length === 0 ? (
        <p>No item is contested: the team broadly agrees on every position.</p>
      ) : (
        <ol className="discuss-list">
          {items.map((item) => {
            const range = ranges.get(item.candidate);
            return (
              <li key={item.candidate} data-testid="contested-item">
                <strong>{titles[item.candidate] ?? item.candidate}</strong>
                <span className="muted">
                  {' '}
                  · place {range?.place ?? item.consensusPlace}
                  {range && range.first !== range.last
                    ? ` (could be ${placeRangeText(range.first, range.last)})`
                    : ''}
                </span>
                <p>{CONTEST_EXPLANATIONS[item.reason]}</p>
              </li>
            );
          })}
        </ol>
      )}
      {children}
    </section>
  );
}
