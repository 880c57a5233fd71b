import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boardWarnings, capacityUse, dependencyCycles } from '../../../../src/shared/domain/board';
import type { Link } from '../../../../src/shared/domain/workspace';
import { boardWith } from './boardFixture';

const link = (id: string, from: string, to: string, kind: Link['kind']): Link => ({
  id,
  from,
  to,
  kind,
  cost: '',
});

describe('capacity', () => {
  it('adds committed cards’ effort only, and says when the quarter is over capacity', () => {
    const w = boardWith(
      [
        { id: 'a', effort: 6, status: 'committed' },
        { id: 'b', effort: 5.5, status: 'committed' },
        { id: 'c', effort: 9, status: 'candidate' },
        { id: 'd', effort: 9, status: 'dropped' },
      ],
      10,
    );
    expect(capacityUse(w)).toMatchObject({ committedEffort: 11.5, capacity: 10, over: true });
    expect(boardWarnings(w)).toEqual([
      { kind: 'over-capacity', committedEffort: 11.5, capacity: 10, priorityIds: ['a', 'b'] },
    ]);
  });

  it('is silent at exactly the capacity, and without a capacity set', () => {
    const cards = [
      { id: 'a', effort: 4, status: 'committed' as const },
      { id: 'b', effort: 6, status: 'committed' as const },
    ];
    expect(boardWarnings(boardWith(cards, 10))).toEqual([]);
    expect(capacityUse(boardWith(cards, null))).toMatchObject({
      over: false,
      ratio: null,
      committedEffort: 10,
    });
  });

  it('sums one-decimal efforts without floating-point noise', () => {
    const w = boardWith(
      [0.1, 0.2, 0.4].map((e, i) => ({ id: `c${i}`, effort: e, status: 'committed' as const })),
      0.7,
    );
    expect(capacityUse(w)).toMatchObject({ committedEffort: 0.7, over: false });
  });
});

describe('link warnings', () => {
  it('warns when two committed cards conflict, not when only one is committed', () => {
    const w = boardWith([
      { id: 'a', status: 'committed' },
      { id: 'b', status: 'committed' },
      { id: 'c', status: 'candidate' },
    ]);
    const links = [link('l1', 'a', 'b', 'conflicts-with'), link('l2', 'a', 'c', 'conflicts-with')];
    expect(boardWarnings({ ...w, links })).toEqual([
      { kind: 'committed-conflict', linkId: 'l1', priorityIds: ['a', 'b'] },
    ]);
  });

  it('warns when a committed card depends on one that is not committed', () => {
    const w = boardWith([
      { id: 'a', status: 'committed' },
      { id: 'b', status: 'deferred' },
      { id: 'c', status: 'committed' },
    ]);
    const links = [
      link('l1', 'a', 'b', 'depends-on'),
      link('l2', 'a', 'c', 'depends-on'),
      link('l3', 'b', 'a', 'supports'),
    ];
    expect(boardWarnings({ ...w, links })).toEqual([
      { kind: 'uncommitted-dependency', linkId: 'l1', priorityIds: ['a', 'b'] },
    ]);
  });

  it('finds dependency cycles, listed in board order; other link kinds never make a cycle', () => {
    const w = boardWith(['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })));
    const links = [
      link('1', 'c', 'a', 'depends-on'),
      link('2', 'a', 'b', 'depends-on'),
      link('3', 'b', 'c', 'depends-on'),
      link('4', 'd', 'e', 'depends-on'),
      link('5', 'e', 'd', 'supports'),
    ];
    expect(boardWarnings({ ...w, links })).toEqual([
      { kind: 'dependency-cycle', priorityIds: ['a', 'b', 'c'] },
    ]);
  });

  it('a card is in a reported cycle exactly when it can reach itself by depends-on links', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.tuple(fc.nat(8), fc.nat(8)), { maxLength: 25 }),
        (n, pairs) => {
          const ids = Array.from({ length: n }, (_, i) => `p${i}`);
          const w = boardWith(ids.map((id) => ({ id })));
          const links = pairs
            .map(([a, b], i) => link(`l${i}`, ids[a % n]!, ids[b % n]!, 'depends-on'))
            .filter((l) => l.from !== l.to);
          const inCycle = new Set(dependencyCycles(w.priorities, links).flat());
          const reaches = (from: string, target: string): boolean => {
            const seen = new Set<string>();
            const todo = links.filter((l) => l.from === from).map((l) => l.to);
            while (todo.length) {
              const x = todo.pop()!;
              if (x === target) return true;
              if (seen.has(x)) continue;
              seen.add(x);
              todo.push(...links.filter((l) => l.from === x).map((l) => l.to));
            }
            return false;
          };
          for (const id of ids) expect(inCycle.has(id)).toBe(reaches(id, id));
        },
      ),
    );
  });

  it('handles a chain of 5,000 dependencies without running out of stack', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `p${i}`);
    const w = boardWith(ids.map((id) => ({ id })));
    const links = ids.slice(1).map((id, i) => link(`l${i}`, ids[i]!, id, 'depends-on'));
    expect(dependencyCycles(w.priorities, links)).toEqual([]);
    links.push(link('back', ids[4999]!, ids[0]!, 'depends-on'));
    expect(dependencyCycles(w.priorities, links)[0]).toHaveLength(5000);
  });
});
