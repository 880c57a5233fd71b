import { describe, expect, it } from 'vitest';
import { buildSlides, deckSeriesOf, slideHtml, type SlideOf } from '../../../../src/shared/domain/deck';
import type { DeckSeries } from '../../../../src/shared/domain/deck/deckSeries';
import { summarizeQuarter, type QuarterSummary } from '../../../../src/shared/domain/series/quarterSummary';
import type { Workspace } from '../../../../src/shared/domain/workspace';
import { validQbrWorkspace } from '../../../support/qbrWorkspace';

/**
 * Three quarters: Q1 and Q2 summed up by hand, Q3 the open workspace (its revealed round
 * has W = 0.689, four graded commitments give 62.5%, all 16 committed effort points are
 * on Now, and it ran no checkpoint).
 */
const blank = summarizeQuarter({ ...validQbrWorkspace(), rounds: [], priorities: [], deck: null });
const question = {
  questionId: 'q-agree',
  wording: 'We agree on what matters most next quarter',
  agreement: 0.5,
  label: 'mixed' as const,
};
const Q1: QuarterSummary = {
  ...blank,
  period: '2027-Q1',
  label: 'Q1 2027',
  rankingAgreement: { w: 0.4, question: 'What matters most?', voters: 5 },
  committedEffort: { now: 4, next: 3, later: 3 },
  commitmentCompletion: { percent: 50, graded: 4 },
  contestedMinutes: 30,
  checkpoint: [{ ...question, counts: [0, 1, 2, 1, 0], n: 4, mean: 3 }],
  supportAverage: 3,
};
const Q2: QuarterSummary = {
  ...blank,
  period: '2027-Q2',
  label: 'Q2 2027',
  rankingAgreement: { w: 0.55, question: 'What matters most?', voters: 5 },
  committedEffort: { now: 5, next: 3, later: 2 },
  commitmentCompletion: null,
  contestedMinutes: null,
  checkpoint: [{ ...question, counts: [0, 0, 2, 2, 0], n: 4, mean: 3.5 }],
  supportAverage: null,
};

/** The open quarter with a trends section after its other sections (its commitments review gives the 62.5%). */
function inSeries(): Workspace {
  const w = validQbrWorkspace();
  return {
    ...w,
    series: {
      seriesId: 'series-1',
      quarterLabel: 'Q3 2027',
      previous: { workspaceId: 'q2', name: 'Q2 2027 Offsite', period: '2027-Q2', folderHint: '/q2' },
    },
    deck: {
      ...w.deck!,
      sections: [
        ...w.deck!.sections,
        { id: 'trends', type: 'trends', title: 'Alignment trends', markdown: '' },
      ],
    },
  };
}

const trendSlidesOf = (w: Workspace, series?: DeckSeries | 'reading') =>
  buildSlides(w, w.deck!, { date: '2027-09-30', ...(series ? { series } : {}) }).filter(
    (s): s is SlideOf<'trends'> => s.kind === 'trends',
  );
const panels = (slides: SlideOf<'trends'>[]) => slides.flatMap((s) => s.content.panels);
const chart = (slides: SlideOf<'trends'>[], key: string) => {
  const p = panels(slides).find((x) => x.kind === 'chart' && x.chart.key === key);
  return p?.kind === 'chart' ? p.chart : undefined;
};

describe('the alignment trends slides', () => {
  const slides = trendSlidesOf(inSeries(), { earlier: [Q1, Q2], unread: [] });

  it('draws each measure over the three quarters with its value written and the arrow in words', () => {
    expect(slides[0]!.content.quarters).toEqual(['Q1 2027', 'Q2 2027', 'Q3 2027']);
    const w = chart(slides, 'ranking-agreement')!;
    expect(w.bars.map((b) => [b.label, b.text, b.arrow])).toEqual([
      ['Q1 2027', '0.40', null],
      ['Q2 2027', '0.55', '↑ better'],
      ['Q3 2027', '0.69', '↑ better'],
    ]);
    expect(w.bars.map((b) => b.share)).toEqual([0.4, 0.55, 0.6891428571428572]);
    expect(w.latest).toBe('Q3 2027: 0.69, ↑ 0.14 higher than last quarter (better).');
  });

  it('says a missing quarter in words and never draws it as 0', () => {
    const done = chart(slides, 'commitment-completion')!;
    expect(done.bars.map((b) => [b.text, b.share])).toEqual([
      ['50%', 0.5],
      ['no figure', null],
      ['63%', 0.625],
    ]);
    expect(done.latest).toBe('Q3 2027: 63%; Q2 2027 has no figure to compare with.');
    expect(done.missing).toEqual([
      'Q2 2027: No commitments graded yet (Grading last quarter, on the Setup tab).',
    ]);
    const html = slides
      .map((s, index) =>
        slideHtml(s, { index, total: slides.length }, { confidential: false, organisation: 'N' }),
      )
      .join('');
    expect(html).toContain('no figure');
  });

  it('shows the horizon balance per quarter and warns when Later shrinks two quarters running', () => {
    const h = panels(slides).find((p) => p.kind === 'horizons');
    expect(h?.kind === 'horizons' && h.horizons.quarters.map((q) => q.parts.map((p) => p.text))).toEqual([
      ['Now 40%', 'Next 30%', 'Later 30%'],
      ['Now 50%', 'Next 30%', 'Later 20%'],
      ['Now 100%', 'Next 0%', 'Later 0%'],
    ]);
    expect(slides[0]!.content.warnings).toEqual([
      'Committed effort on Later shrank two quarters in a row (30% in Q1 2027, 20% in Q2 2027, 0% in Q3 2027): little is being prepared beyond next quarter.',
    ]);
  });

  it('gives each checkpoint question its means and the spread of every quarter that answered it, side by side', () => {
    const cp = panels(slides).find((p) => p.kind === 'checkpoint');
    expect(cp?.kind === 'checkpoint' && cp.checkpoint).toMatchObject({
      question: 'We agree on what matters most next quarter',
      means: [
        { label: 'Q1 2027', text: '3.0 / 5', arrow: null },
        { label: 'Q2 2027', text: '3.5 / 5', arrow: '↑ better' },
        { label: 'Q3 2027', text: 'no figure', arrow: null },
      ],
      distributions: [
        { label: 'Q1 2027', counts: [0, 1, 2, 1, 0], n: 4 },
        { label: 'Q2 2027', counts: [0, 0, 2, 2, 0], n: 4 },
      ],
      latest: 'Q3 2027: no figure. No alignment checkpoint.',
    });
  });

  it('lists the measures no quarter has a figure for on the last slide, not as empty charts', () => {
    const alone = trendSlidesOf({ ...inSeries(), series: null });
    expect(alone[alone.length - 1]!.content.unavailable).toContain(
      'Minutes on contested items: The agenda recorded no time, or no revealed round says what was contested.',
    );
    expect(chart(alone, 'contested-minutes')).toBeUndefined();
    expect(chart(slides, 'contested-minutes')!.bars.map((b) => b.text)).toEqual([
      '30 min',
      'no figure',
      'no figure',
    ]);
  });

  it('without a series says so in one line and shows the quarter alone, with no arrows', () => {
    const w = { ...inSeries(), series: null };
    const alone = trendSlidesOf(w);
    expect(alone[0]!.content.notes).toEqual([
      'This quarter is not part of a series yet: its own figures, no arrows. Make the next quarter from the Series tab to compare.',
    ]);
    expect(alone[0]!.content.quarters).toEqual(['Q1 2027']);
    expect(
      panels(alone).every((p) => p.kind !== 'chart' || p.chart.bars.every((b) => b.arrow === null)),
    ).toBe(true);
    expect(chart(alone, 'ranking-agreement')!.latest).toBe('Q1 2027: 0.69.');
  });

  it('while the other quarters are on their way says it is reading them, not that they could not be read', () => {
    const reading = trendSlidesOf(inSeries(), 'reading');
    expect(reading[0]!.content.notes).toEqual([
      'Reading the other quarters of the series… this quarter’s own figures until they arrive.',
    ]);
    expect(trendSlidesOf(inSeries())[0]!.content.notes).toEqual([
      'The other quarters of the series could not be read: this quarter’s own figures, no arrows.',
    ]);
  });

  it('names the quarters it could not find or read', () => {
    const series = deckSeriesOf([
      { missing: true, previous: { name: 'Q1 2027 Offsite', period: '2027-Q1' } },
      {
        missing: false,
        current: false,
        name: 'Q2 2027 Offsite',
        period: '2027-Q2',
        quarterLabel: 'Q2 2027',
        summary: Q2,
        problem: null,
      },
      {
        missing: false,
        current: true,
        name: 'Q3',
        period: '2027-Q3',
        quarterLabel: 'Q3 2027',
        summary: null,
        problem: null,
      },
      {
        missing: false,
        current: false,
        name: 'Q4',
        period: '2027-Q4',
        quarterLabel: 'Q4 2027',
        summary: Q1,
        problem: null,
      },
    ]);
    expect(series.earlier.map((q) => q.label)).toEqual(['Q2 2027']);
    const notes = trendSlidesOf(inSeries(), series)[0]!.content.notes;
    expect(notes).toEqual([
      '“Q1 2027 Offsite” (2027-Q1) could not be found (see the Series tab): its figures are left out.',
    ]);
  });

  it('continues many checkpoint questions over further slides, each question once', () => {
    const many = Array.from({ length: 14 }, (_, i) => ({
      ...question,
      questionId: `q${i}`,
      wording: `Question ${i}: ${'we say the same thing to our teams about the EU launch and its cost '.repeat(i % 3)}`,
      counts: [1, 1, 1, 1, 1] as [number, number, number, number, number],
      n: 5,
      mean: 3,
    }));
    const long = trendSlidesOf(inSeries(), { earlier: [{ ...Q1, checkpoint: many }, Q2], unread: [] });
    expect(long.length).toBeGreaterThan(4);
    expect(long.map((s) => s.title)).toEqual(
      long.map((_, i) => `Alignment trends (${i + 1}/${long.length})`),
    );
    const asked = panels(long).flatMap((p) => (p.kind === 'checkpoint' ? [p.checkpoint.question] : []));
    expect(asked).toHaveLength(15);
    expect(new Set(asked).size).toBe(15);
  });

  it('gives a long series’ charts the whole width and continues the horizon balance, every quarter once', () => {
    const earlier = Array.from({ length: 9 }, (_, i) => ({
      ...Q1,
      period: `p${i}`,
      label: `Quarter ${i + 1}`,
    }));
    const long = trendSlidesOf(inSeries(), { earlier, unread: [] });
    expect(long.every((s) => s.content.wide)).toBe(true);
    const rows = panels(long).flatMap((p) =>
      p.kind === 'horizons' ? p.horizons.quarters.map((q) => q.label) : [],
    );
    expect(rows).toEqual([...earlier.map((q) => q.label), 'Q3 2027']);
    expect(panels(long).filter((p) => p.kind === 'horizons').length).toBe(2);
  });
});
