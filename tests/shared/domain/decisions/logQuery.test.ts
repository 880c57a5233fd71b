import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionItemsByDecision,
  countByKind,
  isOverdue,
  localDay,
  manualDecision,
  newActionItem,
  queryLog,
  unattachedActionItems,
} from '../../../../src/shared/domain/decisions';
import { addActionItem, addDecision } from '../../../../src/shared/domain/board';
import { addPriorities } from '../../../../src/shared/domain/priorities';
import {
  createWorkspace,
  DECISION_KINDS,
  Workspace,
  type Decision,
  type DecisionKind,
} from '../../../../src/shared/domain/workspace';

const base = () =>
  addPriorities(
    createWorkspace(
      { name: 'Q1 Offsite', kind: 'offsite', period: '2027-Q1', organisation: '' },
      'ws',
      new Date('2026-11-02T09:00:00Z'),
    ),
    [{ title: 'Launch in the EU' }, { title: 'Hire a CFO' }],
    (() => {
      let n = 0;
      return () => `p${++n}`;
    })(),
  );

const entry = (
  id: string,
  kind: DecisionKind,
  what: string,
  date: string,
  extra: Partial<Decision> = {},
) => ({
  ...manualDecision(id, what, date),
  kind,
  ...extra,
});

function log(): Workspace {
  let w = base();
  w = addDecision(
    w,
    entry('d1', 'commit', 'Commit to “Launch in the EU”', '2027-01-10', { priorityIds: ['p1'] }),
  );
  w = addDecision(
    w,
    entry('d2', 'drop', 'Drop the partner portal', '2027-01-12', { dissent: 'Lena: partners churn' }),
  );
  w = addDecision(
    w,
    entry('d3', 'decision', 'Quarterly pricing review', '2027-01-10', { owner: 'Ravi Menon' }),
  );
  w = addDecision(w, entry('d4', 'defer', 'Défer the résumé parser', '2027-01-11'));
  w = addActionItem(
    w,
    newActionItem('a1', { text: 'Hire EU country lead', owner: 'Dana', due: '2027-02-01' }, 'd1'),
  );
  w = addActionItem(w, newActionItem('a2', { text: 'Send notes', owner: '', due: '' }, null));
  return w;
}

const ids = (ds: readonly Decision[]) => ds.map((d) => d.id);

describe('the log as the view shows it', () => {
  it('lists newest first by date, later-written first within a day; oldest first reverses it', () => {
    expect(ids(queryLog(log(), { kind: 'all', text: '', order: 'newest' }))).toEqual([
      'd2',
      'd4',
      'd3',
      'd1',
    ]);
    expect(ids(queryLog(log(), { kind: 'all', text: '', order: 'oldest' }))).toEqual([
      'd1',
      'd3',
      'd4',
      'd2',
    ]);
  });

  it('filters by kind and counts every kind, zero included', () => {
    expect(ids(queryLog(log(), { kind: 'drop', text: '', order: 'newest' }))).toEqual(['d2']);
    expect(countByKind(log().decisions)).toEqual({ commit: 1, defer: 1, drop: 1, decision: 1 });
    expect(countByKind([])).toEqual({ commit: 0, defer: 0, drop: 0, decision: 0 });
  });

  it('finds words in any field, linked card titles and action items, ignoring case and accents', () => {
    const find = (text: string) => ids(queryLog(log(), { kind: 'all', text, order: 'oldest' }));
    expect(find('LENA')).toEqual(['d2']);
    expect(find('resume')).toEqual(['d4']);
    expect(find('ravi pricing')).toEqual(['d3']);
    expect(find('country lead')).toEqual(['d1']);
    expect(find('launch')).toEqual(['d1']);
    expect(find('launch partner')).toEqual([]);
    expect(find('   ')).toEqual(['d1', 'd3', 'd4', 'd2']);
  });

  it('groups action items by decision, and keeps those of no decision apart', () => {
    expect([...actionItemsByDecision(log())].map(([d, items]) => [d, items.map((a) => a.id)])).toEqual([
      ['d1', ['a1']],
    ]);
    expect(unattachedActionItems(log()).map((a) => a.id)).toEqual(['a2']);
  });

  it('calls an item overdue only when it has a past due day and is not done', () => {
    const item = newActionItem('a', { text: 'x', owner: '', due: '2027-01-10' }, null);
    expect(isOverdue(item, '2027-01-11')).toBe(true);
    expect(isOverdue(item, '2027-01-10')).toBe(false);
    expect(isOverdue({ ...item, status: 'done' }, '2027-02-01')).toBe(false);
    expect(isOverdue({ ...item, due: '' }, '2027-02-01')).toBe(false);
  });

  it('writes today as the local calendar day', () => {
    expect(localDay(new Date(2027, 0, 5, 0, 30))).toBe('2027-01-05');
    expect(localDay(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });

  it('makes entries that the workspace schema accepts, trimmed', () => {
    let w = addDecision(base(), manualDecision('d', '  Ship it  ', '2027-01-05'));
    w = addActionItem(w, newActionItem('a', { text: ' Plan ', owner: ' Ana ', due: '' }, 'd'));
    expect(w.decisions[0]).toMatchObject({ what: 'Ship it', kind: 'decision', date: '2027-01-05' });
    expect(w.actionItems[0]).toMatchObject({ text: 'Plan', owner: 'Ana', status: 'open', decisionId: 'd' });
    expect(Workspace.safeParse(w).success).toBe(true);
  });
});

const arbitraryLog = fc
  .array(
    fc.record({
      kind: fc.constantFrom(...DECISION_KINDS),
      what: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
      why: fc.string({ maxLength: 20 }),
      date: fc.constantFrom('2027-01-01', '2027-01-02', '2027-02-10'),
    }),
    { maxLength: 25 },
  )
  .map((entries) =>
    entries.reduce(
      (w, e, i) => addDecision(w, entry(`d${i}`, e.kind, e.what, e.date, { why: e.why })),
      base(),
    ),
  );

describe('queries over any log', () => {
  it('show each entry at most once, only of the kind asked for, and all of that kind without words', () => {
    fc.assert(
      fc.property(
        arbitraryLog,
        fc.constantFrom<DecisionKind | 'all'>('all', ...DECISION_KINDS),
        fc.string({ maxLength: 6 }),
        (w, kind, text) => {
          const shown = queryLog(w, { kind, text, order: 'newest' });
          expect(new Set(ids(shown)).size).toBe(shown.length);
          for (const d of shown) {
            expect(w.decisions).toContain(d);
            if (kind !== 'all') expect(d.kind).toBe(kind);
          }
          if (text.trim() === '') {
            expect(shown.length).toBe(kind === 'all' ? w.decisions.length : countByKind(w.decisions)[kind]);
          }
        },
      ),
    );
  });

  it('find an entry by any piece of what was decided, typed in upper case', () => {
    fc.assert(
      fc.property(arbitraryLog, fc.nat(), fc.nat(), fc.nat(), (w, pick, from, length) => {
        fc.pre(w.decisions.length > 0);
        const d = w.decisions[pick % w.decisions.length]!;
        const start = from % d.what.length;
        const piece = d.what.slice(start, start + 1 + (length % 5)).trim();
        fc.pre(piece.length > 0 && !/\s/.test(piece));
        expect(ids(queryLog(w, { kind: 'all', text: piece.toUpperCase(), order: 'newest' }))).toContain(d.id);
      }),
    );
  });

  it('newest first is oldest first reversed, and dates never go up going down the list', () => {
    fc.assert(
      fc.property(arbitraryLog, (w) => {
        const newest = queryLog(w, { kind: 'all', text: '', order: 'newest' });
        const oldest = queryLog(w, { kind: 'all', text: '', order: 'oldest' });
        expect(ids(newest)).toEqual(ids(oldest).reverse());
        for (let i = 1; i < newest.length; i++) expect(newest[i]!.date <= newest[i - 1]!.date).toBe(true);
        const counts = countByKind(w.decisions);
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(w.decisions.length);
      }),
    );
  });
});
