import { describe, expect, it } from 'vitest';
import { timeSpent } from '../../../../src/shared/domain/agenda';
import { buildSlides, type SlideOf } from '../../../../src/shared/domain/deck';
import {
  agendaFit,
  DAY_HEADING,
  parkedFit,
  underSlideTitle,
} from '../../../../src/shared/domain/deck/agendaRowHeights';
import type { Workspace } from '../../../../src/shared/domain/workspace';
import { agendaDeckWorkspace, NOW } from './agendaDeckWorkspace';

const MIN = 60_000;
const slidesOf = <K extends 'agenda-plan' | 'time-spent' | 'parking-lot'>(w: Workspace, kind: K, now = NOW) =>
  buildSlides(w, w.deck!, { date: '2027-01-15', now }).filter((s): s is SlideOf<K> => s.kind === kind);

describe('the planned agenda slides', () => {
  const w = agendaDeckWorkspace();
  const slides = slidesOf(w, 'agenda-plan');
  const days = slides.flatMap((s) => s.content.days);

  it('lists every block of both days in running order, with start, end, kind and length, in the stated zone', () => {
    const rows = days.flatMap((d) => d.rows);
    expect(rows.map((r) => r.title)).toEqual(w.agenda.blocks.map((b) => b.title));
    expect(rows[0]).toMatchObject({ start: '09:00', end: '09:30', kind: 'discussion', minutes: 30 });
    expect(slides.every((s) => s.content.timeZone === 'Times in Europe/Berlin')).toBe(true);
    expect(days[0]!.label).toBe('Day 1 · 15 January 2027 · 09:00–17:30');
    expect(days[0]!.summary).toBe('5 h 45 min planned');
    expect(days.at(-1)!.label).toBe('Day 2 · 16 January 2027 · 09:00–17:00');
  });

  it('marks the fixed lunch and notes the clash when the block before runs into it, without moving it', () => {
    const lunches = days.flatMap((d) => d.rows).filter((r) => r.title === 'Lunch');
    expect(lunches.map((r) => [r.start, r.fixed, r.conflictMinutes])).toEqual([
      ['12:30', true, 0],
      ['12:30', true, 30],
    ]);
  });

  it('keeps a day on one slide when it fits there, and shows the comment on the first slide only', () => {
    expect(slides.map((s) => s.title)).toEqual(['Agenda (1/2)', 'Agenda (2/2)']);
    expect(slides.map((s) => s.content.days.map((d) => [d.label.slice(0, 5), d.continued]))).toEqual([
      [['Day 1', false]],
      [['Day 2', false]],
    ]);
    expect(slides.map((s) => s.content.markdown)).toEqual(['Lunch is at **12:30** both days.', '']);
  });

  it('continues a long day over several slides, each within its room, dropping nothing', () => {
    const long = Array.from({ length: 40 }, (_, i) => ({
      id: `x${i}`,
      title:
        i % 2
          ? `王芳与Łukasz Wróblewski：第${i}个议题——欧洲市场上线的风险、法务审查、招聘计划与合作伙伴渠道的资源分配`
          : `Block ${i}: what Ngozi Okonkwo-Adeyemi needs from the platform team before the EU launch`,
      minutes: 5,
      kind: 'discussion' as const,
    }));
    const crowded = agendaDeckWorkspace({ dayOneBlocks: long });
    const parts = slidesOf(crowded, 'agenda-plan');
    expect(parts.length).toBeGreaterThan(3);
    const shown = parts.flatMap((s) => s.content.days.flatMap((d) => d.rows.map((r) => r.title)));
    expect(shown).toEqual(crowded.agenda.blocks.map((b) => b.title));
    expect(parts[1]!.content.days[0]).toMatchObject({ continued: true });
    const fit = underSlideTitle(agendaFit(''), 'Agenda');
    for (const [i, part] of parts.entries()) {
      const used = part.content.days.reduce(
        (sum, d) => sum + DAY_HEADING + d.rows.reduce((s, r) => s + fit.height(r), 0),
        0,
      );
      expect(used, part.title).toBeLessThanOrEqual(
        i === 0 ? (agendaFit(crowded.deck!.sections[0]!.markdown).firstBudget ?? 0) : fit.budget,
      );
    }
  });
});

describe('the “Where our time went” slides', () => {
  const w = agendaDeckWorkspace();

  it('shows planned against actual for every block that has run, with totals that match timeSpent', () => {
    const slides = slidesOf(w, 'time-spent');
    const spent = timeSpent(w, NOW);
    const rows = slides.flatMap((s) => s.content.rows);
    const run = spent.blocks.filter((b) => b.actualMinutes > 0 || b.block.done);
    expect(rows.map((r) => [r.title, r.planned, r.actual])).toEqual(
      run.map((b) => [b.block.title, b.plannedMinutes, b.actualMinutes]),
    );
    expect(rows.find((r) => r.title === 'Rank the bets for next quarter')).toMatchObject({
      planned: 60,
      actual: 72,
    });
    // Day two has not run: none of its blocks is listed.
    expect(rows.some((r) => r.title === 'Messages to our teams')).toBe(false);
    for (const slide of slides) {
      expect(slide.content.totals).toEqual({
        planned: spent.plannedRun,
        actual: spent.actualRun,
        blocks: run.length,
      });
    }
    expect(slides[0]!.content.totals).toEqual({ planned: 345, actual: 216, blocks: 8 });
  });

  it('gives the minutes per priority and marks the contested ones, as the results screen counts them', () => {
    const [first] = slidesOf(w, 'time-spent');
    expect(first!.content.priorities.map((p) => [p.title, p.minutes, p.contested])).toEqual(
      timeSpent(w, NOW).priorities.map((p) => [p.title, p.minutes, p.contested]),
    );
    expect(first!.content.contested).toEqual([
      'AI assistant beta: 72 min across 1 block',
      'Enterprise SSO: 34 min across 3 blocks',
    ]);
    expect(first!.content.priorities.find((p) => p.title === 'Launch in the EU')).toMatchObject({
      text: '84 min across 2 blocks',
      contested: false,
    });
  });

  it('counts the running block up to the moment the deck is built for', () => {
    const debrief = (now: number) =>
      slidesOf(w, 'time-spent', now)
        .flatMap((s) => s.content.rows)
        .find((r) => r.title === 'Debrief and parking lot triage')?.actual;
    expect(debrief(NOW)).toBe(10);
    expect(debrief(NOW + 25 * MIN)).toBe(35);
  });

  it('says so when nothing has run yet', () => {
    const fresh: Workspace = {
      ...w,
      agenda: {
        ...w.agenda,
        blocks: w.agenda.blocks.map((b) => ({ ...b, spentMs: 0, done: false })),
        run: { ...w.agenda.run, blockId: null, countingSince: null, timer: { state: 'idle' } },
      },
    };
    const slides = slidesOf(fresh, 'time-spent');
    expect(slides).toHaveLength(1);
    expect(slides[0]!.content).toMatchObject({ rows: [], priorities: [], totals: { blocks: 0 } });
  });
});

describe('the parking lot slides', () => {
  const w = agendaDeckWorkspace({ parked: 40 });
  const slides = slidesOf(w, 'parking-lot');
  const rows = slides.flatMap((s) => s.content.rows);

  it('spreads 40 items over several slides, each within its room, dropping none', () => {
    expect(slides.length).toBeGreaterThan(2);
    expect(slides.at(-1)!.title).toBe(`Parking lot (${slides.length}/${slides.length})`);
    expect(rows).toHaveLength(40);
    expect(new Set(rows.map((r) => r.text))).toEqual(new Set(w.parkingLot.map((p) => p.text)));
    const fit = underSlideTitle(parkedFit(''), 'Parking lot');
    for (const slide of slides.slice(1)) {
      expect(slide.content.rows.reduce((sum, r) => sum + fit.height(r), 0)).toBeLessThanOrEqual(fit.budget);
    }
  });

  it('leaves room for a title in wide characters that wraps at full size', () => {
    const title = '停车场：王芳、Łukasz Wróblewski 与 Ngozi Okonkwo-Adeyemi 负责的事项';
    const titled = { ...w, deck: { ...w.deck!, sections: w.deck!.sections.map((s) => ({ ...s, title })) } };
    const parts = slidesOf(titled, 'parking-lot');
    const fit = underSlideTitle(parkedFit(''), title);
    expect(fit.budget).toBeLessThan(underSlideTitle(parkedFit(''), 'Parking lot').budget);
    expect(parts.flatMap((s) => s.content.rows)).toHaveLength(40);
    for (const slide of parts.slice(1)) {
      expect(slide.content.rows.reduce((sum, r) => sum + fit.height(r), 0)).toBeLessThanOrEqual(fit.budget);
    }
  });

  it('puts the open items first, then each triaged one with where it went', () => {
    const order = rows.map((r) => r.outcome);
    expect(order.slice(0, 7)).toEqual(Array(7).fill('open'));
    expect([...new Set(order)]).toEqual([
      'open',
      'action',
      'decision',
      'next-session',
      'long-term',
      'dropped',
    ]);
    const action = rows.find((r) => r.text === 'SSO pricing for the mid-market tier (2)');
    expect(action).toMatchObject({
      outcomeLabel: 'Action item',
      detail: 'Owner: Łukasz Wróblewski · due 2027-02-26',
    });
    expect(rows.find((r) => r.outcome === 'decision')?.detail).toBe('Why: Legal confirmed it in the room');
    expect(rows.find((r) => r.outcome === 'dropped')?.detail).toBe('Reason: Covered by the vendor contract');
    expect(rows.find((r) => r.outcome === 'next-session')?.detail).toBe(
      'A block on the next session’s agenda',
    );
    expect(rows[0]).toMatchObject({ detail: 'Not triaged yet', priority: 'Launch in the EU' });
  });

  it('counts the items by outcome on every slide', () => {
    const counts = slides[0]!.content.counts;
    expect(counts.map((c) => c.label)).toEqual([
      '7 open',
      '7 action items',
      '7 decisions',
      '7 for the next session',
      '6 long-term',
      '6 dropped',
    ]);
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(40);
    for (const slide of slides) expect(slide.content).toMatchObject({ total: 40, counts });
  });

  it('is one slide saying so when nothing was parked', () => {
    const empty = slidesOf(agendaDeckWorkspace({ parked: 0 }), 'parking-lot');
    expect(empty).toHaveLength(1);
    expect(empty[0]!.content).toMatchObject({ rows: [], total: 0, empty: 'Nothing was parked.' });
  });
});
