import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextQuarter } from '../../../../src/shared/domain/series';
import { Workspace, type KpiRow } from '../../../../src/shared/domain/workspace';
import { workspaceArbitrary } from '../../../support/workspaceArbitrary';
import { idsOf } from './seriesIds';

const figure = fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null });
const kpiRow = fc.record({
  id: fc.uuid(),
  metric: fc.string({ maxLength: 40 }),
  unit: fc.constantFrom('€m', '%', ''),
  target: figure,
  actual: figure,
  prior: figure,
  better: fc.constantFrom('higher' as const, 'lower' as const),
  comment: fc.string({ maxLength: 40 }),
});

/** A random valid workspace with what the series carries too: a KPI scorecard, messages, a success definition. */
const previousQuarter = fc
  .tuple(
    workspaceArbitrary,
    fc.uniqueArray(kpiRow, { maxLength: 4, selector: (r) => r.id }),
    fc.array(
      fc.string({ minLength: 1, maxLength: 280 }).filter((s) => s.trim().length > 0),
      { maxLength: 3 },
    ),
    fc.boolean(),
    fc.option(fc.uuid(), { nil: null }),
  )
  .map(([w, rows, agreedMessages, defineSuccess, seriesId]): Workspace => {
    const taken = new Set(idsOf(w));
    const kpiRows: KpiRow[] = rows.filter((r) => !taken.has(r.id) && r.id !== 'kpi-section');
    const defined = w.priorities.find((p) => p.status === 'committed' || p.id === w.focusPriorityId);
    return {
      ...w,
      deck: {
        templateId: null,
        confidential: true,
        sections: [{ id: 'kpi-section', type: 'kpi-scorecard', title: 'KPIs', markdown: '', rows: kpiRows }],
      },
      agreedMessages,
      successDefinition:
        defineSuccess && defined ? { priorityId: defined.id, metric: 'Deals', target: '5' } : null,
      series: seriesId && !taken.has(seriesId) ? { seriesId, quarterLabel: w.period, previous: null } : null,
    };
  })
  .filter((w) => Workspace.safeParse(w).success);

/** A generator that first hands out every id the previous quarter used, then fresh ones. */
function collidingIds(previous: Workspace): () => string {
  const used = idsOf(previous);
  let n = 0;
  return () => (n < used.length ? used[n++]! : `fresh-${n++}`);
}

const input = (previous: Workspace) => ({
  name: 'Next quarter',
  period: '2027-Q2',
  now: new Date('2027-04-01T08:00:00.000Z'),
  newId: collidingIds(previous),
});

describe('the next quarter of any workspace', () => {
  it('is a valid workspace whose ids never collide, even when the generator repeats old ids', () => {
    fc.assert(
      fc.property(previousQuarter, (previous) => {
        const { workspace, previous: updated } = nextQuarter(previous, input(previous));
        expect(Workspace.safeParse(workspace).success).toBe(true);
        expect(Workspace.safeParse(updated).success).toBe(true);
        const ids = idsOf(workspace);
        expect(new Set(ids).size).toBe(ids.length);
        expect(workspace.id).not.toBe(previous.id);
        expect(workspace.series?.seriesId).toBe(updated.series?.seriesId);
        if (previous.series) expect(updated).toBe(previous);
      }),
      { numRuns: 150 },
    );
  });

  it('carries what it should and nothing of the day’s work', () => {
    fc.assert(
      fc.property(previousQuarter, (previous) => {
        const { workspace } = nextQuarter(previous, input(previous));
        const committed = previous.priorities.filter((p) => p.status === 'committed');
        const focus = previous.priorities.find((p) => p.id === previous.focusPriorityId);
        expect(workspace.participants).toEqual(previous.participants);
        expect(workspace.carriedIn?.commitments.map((c) => c.title)).toEqual(committed.map((p) => p.title));
        expect(workspace.carriedIn?.commitments.every((c) => c.grade === 'ungraded')).toBe(true);
        expect(new Set(workspace.priorities.map((p) => p.title))).toEqual(
          new Set([...committed, ...(focus ? [focus] : [])].map((p) => p.title)),
        );
        expect(workspace.priorities.find((p) => p.id === workspace.focusPriorityId)?.title).toBe(
          focus?.title,
        );
        expect(workspace.actionItems.map((a) => a.text)).toEqual(
          previous.actionItems.filter((a) => a.status !== 'done').map((a) => a.text),
        );
        const comingBack = ['open', 'carried', 'next-session', 'long-term'];
        expect(workspace.parkingLot.map((p) => p.text)).toEqual(
          previous.parkingLot.filter((p) => comingBack.includes(p.outcome)).map((p) => p.text),
        );
        expect(workspace.parkingLot.every((p) => p.outcome === 'open')).toBe(true);
        const rows = previous.deck?.sections.flatMap((s) => (s.type === 'kpi-scorecard' ? s.rows : []));
        expect(workspace.carriedIn?.kpiRows.map((r) => [r.metric, r.prior, r.actual])).toEqual(
          (rows ?? []).map((r) => [r.metric, r.actual, null]),
        );
        expect(workspace.agreedMessages).toEqual(previous.agreedMessages);
        expect(workspace.carriedIn?.previousSuccess !== null).toBe(previous.successDefinition !== null);
        expect(workspace.rounds).toEqual([]);
        expect(workspace.decisions).toEqual([]);
        expect(workspace.deck).toBeNull();
        expect(workspace.speakerNotes).toEqual({});
        expect(workspace.agenda.blocks).toEqual([]);
        expect(workspace.successDefinition).toBeNull();
      }),
      { numRuns: 150 },
    );
  });
});
