import { lines, type Fit } from './paginate';
import type { SlideContentMap } from './slideTypes';

/**
 * Estimated heights (CSS px) of table rows on a 1280 × 720 slide, from deck.css: the body
 * below the title has about 540 px; characters per line are measured for Inter at the
 * table's font size in each column's usual width, rounded down so estimates err tall.
 * They decide where a long table continues on the next slide; `overflow: hidden` is only
 * the last resort for a single row taller than a slide.
 */
type Row<K extends keyof SlideContentMap> = SlideContentMap[K] extends { rows: Array<infer R> } ? R : never;

/** A title too long for one line takes a second (deck.css shrinks it and stops at two). */
export function titleRoom(title: string): number {
  return title.length > TITLE_ONE_LINE ? 34 : 0;
}
export const TITLE_ONE_LINE = 60;

/** A fit with the room a long title takes off every slide. */
export function underTitle<T>(fit: Fit<T>, title: string): Fit<T> {
  const room = titleRoom(title);
  return { ...fit, budget: fit.budget - room, firstBudget: (fit.firstBudget ?? fit.budget) - room };
}

/** The section's own text under the table takes room on the first slide. */
const firstBudget = (budget: number, markdown: string) =>
  markdown.trim() ? Math.max(budget / 2, budget - 24 * lines(markdown, 120) - 14) : budget;

export const kpiFit = (markdown: string): Fit<Row<'kpi'>> => ({
  height: (r) => 14 + 22 * Math.max(lines(`${r.metric} higher is better`, 44), lines(r.comment, 28)),
  budget: 430,
  firstBudget: firstBudget(430, markdown),
});

export const commitmentFit = (markdown: string): Fit<Row<'commitments'>> => ({
  height: (r) => 14 + 22 * Math.max(lines(r.commitment, 38), lines(r.comment, 28), lines(r.owner, 24)),
  budget: 460,
  firstBudget: firstBudget(460, markdown),
});

export const actionFit = (markdown: string): Fit<Row<'action-items'>> => ({
  height: (r) => 14 + 22 * Math.max(lines(r.text, 44), lines(r.decision, 36), lines(r.owner, 28)),
  budget: 460,
  firstBudget: firstBudget(460, markdown),
});

export const riskFit = (markdown: string): Fit<Row<'risks'>> => ({
  height: (r) => 14 + 22 * Math.max(lines(r.from, 28), lines(r.to, 28), lines(r.cost, 40)),
  budget: 460,
  firstBudget: firstBudget(460, markdown),
});

export const decisionFit = (markdown: string): Fit<Row<'decisions'>> => ({
  height: (d) => {
    const facts = `Owner: ${d.owner} · ${d.date} · ${d.priorities.join(', ')}`;
    const extra = [d.why, d.alternatives, d.dissent]
      .filter((t) => t.trim())
      .reduce((sum, t) => sum + 20 * lines(`Alternatives rejected: ${t}`, 150), 0);
    return 14 + 27 * lines(d.what, 100) + 20 * lines(facts, 150) + extra;
  },
  budget: 500,
  firstBudget: firstBudget(500, markdown),
});

/** Two lists side by side: counted as if stacked, so both columns always fit. */
export const priorityFit = (
  markdown: string,
): Fit<{ title: string; owner?: string; rationale?: string }> => ({
  height: (r) =>
    8 + 22 * lines(`${r.title} · ${r.owner ?? ''}`, 40) + (r.rationale ? 20 * lines(r.rationale, 48) : 0),
  budget: 420,
  firstBudget: firstBudget(420, markdown),
});

export const placeFit: Fit<{ title: string }> = {
  height: (p) => 14 + 22 * lines(`${p.title} contested`, 56),
  budget: 400,
};
