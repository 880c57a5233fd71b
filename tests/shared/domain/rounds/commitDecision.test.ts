import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commitWithDecision, dissentersOf, focusWithDecision } from '../../../../src/shared/domain/rounds';
import { Workspace } from '../../../../src/shared/domain/workspace';
import { TWO_CAMP_LETTERS, twoCampWorkspace } from '../../../support/twoCampWorkspace';

const decision = { id: 'd-1', why: 'Top 3 of the round', date: '2027-01-15' };

describe('committing from a result', () => {
  it('commits the chosen items and logs one commit entry with why, dissent and the links', () => {
    const w = commitWithDecision(twoCampWorkspace(), ['item-A', 'item-L'], {
      ...decision,
      dissent: ' Dana ',
    });
    expect(w.priorities.filter((p) => p.status === 'committed').map((p) => p.id)).toEqual([
      'item-A',
      'item-L',
    ]);
    expect(w.decisions).toEqual([
      {
        id: 'd-1',
        kind: 'commit',
        what: 'Commit “Launch in the EU” and “AI assistant beta”',
        why: 'Top 3 of the round',
        alternatives: '',
        dissent: 'Dana',
        owner: '',
        date: '2027-01-15',
        priorityIds: ['item-A', 'item-L'],
      },
    ]);
    expect(() => Workspace.parse(w)).not.toThrow();
  });

  it('refuses a commit without a reason or without items, changing nothing', () => {
    const w = twoCampWorkspace();
    expect(() => commitWithDecision(w, ['item-A'], { ...decision, why: '  ' })).toThrow(/why/);
    expect(() => commitWithDecision(w, [], decision)).toThrow(/at least one/);
    expect(() => commitWithDecision(w, ['gone'], decision)).toThrow(/no longer exists/);
  });

  it('keeps the log entry valid however many and however long the titles', () => {
    fc.assert(
      fc.property(
        fc.subarray(TWO_CAMP_LETTERS, { minLength: 1 }),
        fc.string({ minLength: 1, maxLength: 300 }),
        (letters, title) => {
          const base = twoCampWorkspace();
          const w = {
            ...base,
            priorities: base.priorities.map((p) => ({ ...p, title: `${title} ${p.id}`.slice(0, 200) })),
          };
          const next = commitWithDecision(
            w,
            letters.map((l) => `item-${l}`),
            decision,
          );
          expect(() => Workspace.parse(next)).not.toThrow();
        },
      ),
      { numRuns: 50 },
    );
  });

  it('names the single focus in the log; clearing it or naming it again adds nothing', () => {
    let w = focusWithDecision(twoCampWorkspace(), 'item-A', { id: 'd-2', date: '2027-01-15' });
    expect(w.focusPriorityId).toBe('item-A');
    expect(w.decisions).toMatchObject([
      { kind: 'decision', what: 'Single focus: Launch in the EU', priorityIds: ['item-A'] },
    ]);
    w = focusWithDecision(w, 'item-A', { id: 'd-3', date: '2027-01-15' });
    w = focusWithDecision(w, null, { id: 'd-4', date: '2027-01-15' });
    expect(w.focusPriorityId).toBeNull();
    expect(w.decisions).toHaveLength(1);
  });

  it('finds who put a committed item outside their own top N', () => {
    const round = twoCampWorkspace().rounds[1]!;
    // Camp one ranks A first; camp two puts A 5th.
    expect(dissentersOf(round, ['item-A'], 3)).toEqual(['p4', 'p5', 'p6']);
    expect(dissentersOf(round, ['item-A'], 5)).toEqual([]);
    expect(dissentersOf(round, ['item-A', 'item-L'], 3)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
  });
});
