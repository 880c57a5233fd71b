import { describe, expect, it } from 'vitest';
import {
  buildSlides,
  notDoingRationale,
  ROWS_PER_SLIDE,
  type Slide,
  type SlideOf,
} from '../../../../src/shared/domain/deck';
import { castBallot, createRound } from '../../../../src/shared/domain/rounds';
import type { Deck, DeckSection, Workspace } from '../../../../src/shared/domain/workspace';
import { qbrWorkspace, validQbrWorkspace } from '../../../support/qbrWorkspace';

const DATE = { date: '2027-01-15' };
const slidesOf = (w: Workspace) => buildSlides(w, w.deck!, DATE);
const only = <K extends Slide['kind']>(slides: Slide[], kind: K) =>
  slides.filter((s): s is SlideOf<K> => s.kind === kind);
const withSections = (w: Workspace, sections: DeckSection[]): Workspace => ({
  ...w,
  deck: { ...(w.deck as Deck), sections },
});

describe('buildSlides', () => {
  it('makes one slide per section of a short deck, in order, with unique ids', () => {
    const w = validQbrWorkspace();
    const slides = slidesOf(w);
    expect(slides.map((s) => s.sectionId)).toEqual(w.deck!.sections.map((s) => s.id));
    expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
  });

  it('puts organisation, period and a readable date on the title slide', () => {
    const [title] = only(slidesOf(qbrWorkspace()), 'title');
    expect(title!.title).toBe('Q1 2027 Leadership Offsite');
    expect(title!.content).toMatchObject({
      organisation: 'Northwind Traders',
      period: '2027-Q1',
      date: '15 January 2027',
    });
  });

  it('splits a 40-row KPI table over several slides, none cut off', () => {
    const w = qbrWorkspace({ kpiRows: 40 });
    const kpi = only(slidesOf(w), 'kpi');
    const parts = Math.ceil(40 / ROWS_PER_SLIDE.kpi);
    expect(kpi).toHaveLength(parts);
    expect(kpi.map((s) => s.title)).toEqual(
      Array.from({ length: parts }, (_, i) => `KPI scorecard (${i + 1}/${parts})`),
    );
    expect(kpi.flatMap((s) => s.content.rows.map((r) => r.metric))).toHaveLength(40);
    expect(kpi.every((s) => s.content.rows.length <= ROWS_PER_SLIDE.kpi)).toBe(true);
    expect(kpi[0]!.content.summary).toEqual({
      'on-track': 10,
      'at-risk': 10,
      'off-track': 10,
      'no-data': 10,
    });
  });

  it('gives wordy rows fewer per slide, so long decisions continue instead of being cut', () => {
    const long = 'A long rationale that runs on and on, as rationales in a decision log do. '.repeat(4);
    const w = qbrWorkspace({ text: (plain) => (plain ? `${plain} ${long}` : long) });
    const short = only(slidesOf(qbrWorkspace()), 'decisions');
    const wordy = only(slidesOf(w), 'decisions');
    expect(short).toHaveLength(1);
    expect(wordy.length).toBeGreaterThan(1);
    expect(wordy.flatMap((s) => s.content.rows)).toHaveLength(4);
    expect(wordy.map((s) => s.title)).toEqual(
      wordy.map(
        (_, i) => `${w.deck!.sections.find((x) => x.type === 'decisions')!.title} (${i + 1}/${wordy.length})`,
      ),
    );
  });

  it('computes KPI statuses and the commitments completion from the rows', () => {
    const slides = slidesOf(qbrWorkspace());
    expect(only(slides, 'kpi')[0]!.content.rows.map((r) => r.status)).toEqual([
      'on-track',
      'at-risk',
      'off-track',
      'no-data',
    ]);
    expect(only(slides, 'commitments')[0]!.content.completion).toMatchObject({ percent: 63, graded: 4 });
  });

  it('shows the revealed round: consensus order, alignment and the contested items', () => {
    const [ranking] = only(slidesOf(qbrWorkspace()), 'ranking');
    const c = ranking!.content;
    if (!c.ok) throw new Error(c.message);
    expect(c.places[0]).toMatchObject({ place: 1, title: 'Launch EU' });
    expect(c.places).toHaveLength(6);
    expect(c.alignment.facts).toContain('5 voters');
    expect(c.alignment.score).toBeGreaterThan(0);
    expect(c.contested.length).toBeGreaterThan(0);
    expect(c.method).toBe('Kemeny');
  });

  it('keeps an open round private and says why', () => {
    let w = createRound(
      qbrWorkspace(),
      { question: 'Secret', method: 'order', itemIds: ['pr1', 'pr2'] },
      'r9',
      new Date(),
    );
    w = castBallot(w, 'r9', 'p1', { kind: 'order', tiers: [['pr2'], ['pr1']] }, new Date());
    const section: DeckSection = {
      id: 'x',
      type: 'ranking-result',
      title: 'Result',
      markdown: '',
      roundId: 'r9',
    };
    const [slide] = slidesOf(withSections(w, [section]));
    expect(slide!.kind === 'ranking' && !slide.content.ok && slide.content.message).toMatch(
      /not been revealed/,
    );
    const none: DeckSection = { ...section, roundId: null };
    const [empty] = slidesOf(withSections(w, [none]));
    expect(empty!.kind === 'ranking' && !empty.content.ok && empty.content.message).toMatch(
      /No ranking round/,
    );
  });

  it('shows the agreement between people for an alignment section', () => {
    const [slide] = only(slidesOf(qbrWorkspace()), 'alignment');
    if (!slide!.content.ok) throw new Error('expected an analysis');
    expect(slide!.content.voters).toEqual([
      'Ana Ruiz',
      'Ben Okafor',
      'Chloé Martin',
      'Dev Patel',
      'Eva Lind',
    ]);
    expect(slide!.content.matrix).toHaveLength(5);
    expect(slide!.content.distances[0]!.distance).toBeLessThanOrEqual(slide!.content.distances[4]!.distance);
  });

  it('lists committed priorities, the focus and what we will not do with the newest rationale', () => {
    const [slide] = only(slidesOf(qbrWorkspace()), 'priorities-focus');
    const c = slide!.content;
    expect(c.focus).toEqual({ title: 'Launch EU', owner: 'Ana Ruiz' });
    expect(c.committed.map((p) => p.title)).toEqual(['Launch EU', 'Self-serve onboarding', 'SOC 2 audit']);
    expect(c.committed[0]!.isFocus).toBe(true);
    expect(c.notDoing).toEqual([
      { title: 'Rebrand', status: 'deferred', rationale: 'No capacity before EU launch' },
      {
        title: 'Legacy billing rewrite',
        status: 'dropped',
        rationale: 'Vendor contract signed for three years',
      },
    ]);
  });

  it('takes the rationale from drop/defer decisions only', () => {
    const w = qbrWorkspace();
    expect(notDoingRationale(w.decisions, 'pr1')).toBe('');
    expect(notDoingRationale(w.decisions, 'pr6')).toBe('Vendor contract signed for three years');
  });

  it('lists risks among live priorities only, with the cost of a trade-off', () => {
    const [slide] = only(slidesOf(qbrWorkspace()), 'risks');
    expect(slide!.content.rows).toEqual([
      { kind: 'depends-on', from: 'Launch EU', to: 'SOC 2 audit', cost: '' },
      { kind: 'conflicts-with', from: 'Self-serve onboarding', to: 'Partner API', cost: '' },
      { kind: 'trades-off', from: 'Launch EU', to: 'Partner API', cost: 'Partner API slips six weeks' },
    ]);
  });

  it('lists decisions by date and action items with the decision they serve', () => {
    const slides = slidesOf(qbrWorkspace());
    const decisions = only(slides, 'decisions').flatMap((s) => s.content.rows);
    expect(decisions.map((d) => d.date)).toEqual(['2027-01-14', '2027-01-15', '2027-01-15', '2027-01-15']);
    expect(decisions[0]!.priorities).toEqual(['Legacy billing rewrite']);
    const [actions] = only(slides, 'action-items');
    expect(actions!.content.rows[0]).toEqual({
      text: 'Hire EU country lead',
      owner: 'Ana Ruiz',
      due: '2027-02-28',
      status: 'open',
      decision: 'Commit to Launch EU',
    });
  });

  it('draws the board as a vector image', () => {
    const [board] = only(slidesOf(qbrWorkspace()), 'board');
    expect(board!.content.svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(board!.content.svg).toContain('Launch EU');
  });

  it('splits long text between paragraphs', () => {
    const long = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} with a few words.`).join('\n\n');
    const w = withSections(qbrWorkspace(), [{ id: 't', type: 'text', title: 'Notes', markdown: long }]);
    const slides = slidesOf(w);
    expect(slides.length).toBeGreaterThan(1);
    expect(slides[1]!.title).toBe(`Notes (2/${slides.length})`);
    const text = slides.map((s) => (s.kind === 'text' ? s.content.markdown : '')).join('\n\n');
    expect(text).toBe(long);
  });

  it('is computed live: a renamed priority shows its new name', () => {
    const w = qbrWorkspace();
    const renamed = {
      ...w,
      priorities: w.priorities.map((p) => (p.id === 'pr1' ? { ...p, title: 'Launch Europe' } : p)),
    };
    const [focus] = only(slidesOf(renamed), 'priorities-focus');
    expect(focus!.content.focus?.title).toBe('Launch Europe');
    const [ranking] = only(slidesOf(renamed), 'ranking');
    expect(ranking!.content.ok && ranking!.content.places[0]!.title).toBe('Launch Europe');
  });
});
