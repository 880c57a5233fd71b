import type { KemenySummary, RoundAnalysis } from './analyzeRound';
import type { ContestReason } from './contest';
import type { Method } from './types';

/**
 * The words of a ranking result, written once: the results screen and the QBR deck both
 * read them from here, so the projector and the PDF say the same thing the same way.
 */

export const METHOD_NAMES: Record<Method, string> = {
  kemeny: 'Kemeny',
  borda: 'Borda',
  schulze: 'Schulze',
  copeland: 'Copeland',
  'ranked-pairs': 'Ranked pairs',
  'mean-rank': 'Mean rank',
};

export const CONTEST_EXPLANATIONS: Record<ContestReason, string> = {
  polarised: 'Polarised: some put it near the top, others near the bottom.',
  split: 'Split about 50/50 against its neighbour in the consensus.',
  spread: 'Spread out: people placed it all over the list.',
};

type Titles = Readonly<Record<string, string>>;
const titleOf = (titles: Titles, id: string) => titles[id] ?? id;

/** "= 0.03", "< 0.001": a p-value as people write it. */
export function formatP(p: number): string {
  if (p < 0.001) return '< 0.001';
  return `= ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}

/** "4" when the place is settled, "2–7" when the item could take any place from 2 to 7. */
export function placeRangeText(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}

/** A list as people say it: "A", "A and B", "A, B and C". */
export function listInWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The small print under the headline: the statistic and how sure it is. */
export function alignmentFactsLine(analysis: RoundAnalysis): string {
  const { agreement } = analysis;
  const chance = agreement.significant
    ? `Unlikely to be chance (p ${formatP(agreement.p)})`
    : `Could be chance (p ${formatP(agreement.p)})`;
  return [
    `Kendall’s W = ${agreement.w.toFixed(2)}`,
    plural(analysis.voters.length, 'voter', 'voters'),
    plural(analysis.candidates.length, 'item', 'items'),
    chance,
  ].join(' · ');
}

/** The gauge: a half circle in a 200 × 112 box, filled in proportion to Kendall's W. */
export function gaugeArc(w: number): { track: string; fill: string | null } {
  const share = Math.max(0, Math.min(1, w));
  const angle = Math.PI * (1 - share);
  const x = 100 + 80 * Math.cos(angle);
  const y = 100 - 80 * Math.sin(angle);
  return {
    track: 'M 20 100 A 80 80 0 0 1 180 100',
    fill: share > 0 ? `M 20 100 A 80 80 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)}` : null,
  };
}

/**
 * One sentence per camp: who (or how many, with names hidden), how much they agree among
 * themselves, and what they put first.
 */
export function campLines(analysis: RoundAnalysis, titles: Titles, hideNames: boolean): string[] {
  return analysis.camps.camps.map((camp, i) => {
    const who = hideNames ? plural(camp.names.length, 'person', 'people') : listInWords(camp.names);
    const first = listInWords(camp.top.map((id) => `“${titleOf(titles, id)}”`));
    return `Camp ${i + 1} (${who}) puts ${first} first.`;
  });
}

/** "All 6 put “A” above “B”, “C” and “D”." — pairs no voter orders the other way. */
export function certaintyLines(analysis: RoundAnalysis, titles: Titles): string[] {
  return analysis.certainties.map((fact) => {
    const everyone = fact.voters === 2 ? 'Both' : `All ${fact.voters}`;
    const below = listInWords(fact.below.map((id) => `“${titleOf(titles, id)}”`));
    return `${everyone} put “${titleOf(titles, fact.above)}” above ${below}.`;
  });
}

/** How the shown order was chosen, and whether it is exact. */
export function representativeNote(analysis: RoundAnalysis): string {
  if (analysis.consensus.method !== 'kemeny') {
    return `${METHOD_NAMES[analysis.consensus.method]} order; items with equal scores share a place.`;
  }
  return kemenyNote(analysis.kemeny);
}

/** Whether the Kemeny order is exact, and how the one shown was picked among equals. */
export function kemenyNote(kemeny: Omit<KemenySummary, 'note'>): string {
  if (!kemeny.exact) {
    const gap = kemeny.disagreement - kemeny.lowerBound;
    return `Best found (too many entangled items for an exact answer): at most ${plural(gap, 'pairwise disagreement', 'pairwise disagreements')} worse than the best possible.`;
  }
  const count = kemeny.optimalCount ?? 1;
  if (count <= 1) return 'Exact: no other order agrees better with the ballots.';
  return `Exact. ${count.toLocaleString('en-US')} orders fit the ballots equally well; the one shown is the closest to the average places, and each range gives every place an item takes in those orders.`;
}
