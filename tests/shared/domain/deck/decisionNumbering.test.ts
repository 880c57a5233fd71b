import { describe, expect, it } from 'vitest';
import { buildSlides, slideHtml, type SlideOf } from '../../../../src/shared/domain/deck';
import type { Workspace } from '../../../../src/shared/domain/workspace';
import { qbrWorkspace } from '../../../support/qbrWorkspace';

/** The numbers a reader sees in front of each decision, slide by slide. */
function shownNumbers(w: Workspace): number[][] {
  const slides = buildSlides(w, w.deck!, { date: '2027-01-15' }).filter(
    (s): s is SlideOf<'decisions'> => s.kind === 'decisions',
  );
  return slides.map((slide, index) => {
    const html = slideHtml(slide, { index, total: slides.length }, { confidential: false, organisation: '' });
    const list = /<ol class="deck-decisions"(?: start="(\d+)")?>/.exec(html);
    expect(list).not.toBeNull();
    const first = Number(list![1] ?? 1);
    const items = html.match(/<li class="deck-decision">/g) ?? [];
    return items.map((_, i) => first + i);
  });
}

/** The demo workspace with its log copied until it holds `count` decisions. */
function withDecisions(count: number, text?: (plain: string) => string): Workspace {
  const w = qbrWorkspace(text ? { text } : {});
  const decisions = Array.from({ length: count }, (_, i) => {
    const d = w.decisions[i % w.decisions.length]!;
    return { ...d, id: `decision-copy-${i}`, what: `${d.what} (${i + 1})` };
  });
  return { ...w, decisions, actionItems: [] };
}

describe('decision log slides', () => {
  it('number the decisions on from one slide to the next, never from 1 again', () => {
    const numbers = shownNumbers(withDecisions(11));
    expect(numbers.length).toBeGreaterThan(2);
    expect(numbers.flat()).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
  });

  it('keep counting on when wordy decisions split the log unevenly', () => {
    const long = 'A long rationale that runs on and on, as rationales in a decision log do. '.repeat(4);
    const numbers = shownNumbers(withDecisions(7, (plain) => (plain ? `${plain} ${long}` : long)));
    expect(numbers.length).toBeGreaterThan(2);
    expect(numbers.flat()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
