import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addLink,
  addNote,
  axesOf,
  BoardError,
  copyCards,
  linkProblem,
  moveToLane,
  nudgeCards,
  pasteCards,
  removeCards,
  setBoard,
  updateLink,
  updateNote,
} from '../../../../src/shared/domain/board';
import { LINK_KINDS, Workspace } from '../../../../src/shared/domain/workspace';
import { boardWith } from './boardFixture';

const three = () => boardWith([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);

describe('links', () => {
  it('links two cards, keeping the stated cost of a trade-off and no cost for other kinds', () => {
    let w = addLink(
      three(),
      { from: 'a', to: 'b', kind: 'trades-off', cost: ' Launch EU slips 6 weeks ' },
      'l1',
    );
    w = addLink(w, { from: 'a', to: 'c', kind: 'depends-on', cost: 'ignored' }, 'l2');
    expect(w.links).toEqual([
      { id: 'l1', from: 'a', to: 'b', kind: 'trades-off', cost: 'Launch EU slips 6 weeks' },
      { id: 'l2', from: 'a', to: 'c', kind: 'depends-on', cost: '' },
    ]);
  });

  it('refuses a link to itself, a duplicate (either way round for mutual kinds), and a deleted card', () => {
    const w = addLink(three(), { from: 'a', to: 'b', kind: 'conflicts-with' }, 'l1');
    expect(linkProblem(w, { from: 'a', to: 'a', kind: 'supports' })).toBe(
      'A card cannot be linked to itself.',
    );
    expect(linkProblem(w, { from: 'b', to: 'a', kind: 'conflicts-with' })).toMatch(
      /already linked \(conflicts with\)/,
    );
    expect(linkProblem(w, { from: 'a', to: 'gone', kind: 'supports' })).toBe(
      'One of those cards has been deleted.',
    );
    expect(() => addLink(w, { from: 'a', to: 'a', kind: 'supports' }, 'l2')).toThrow(BoardError);
    // "A depends on B" and "B depends on A" are different statements.
    const both = addLink(
      addLink(three(), { from: 'a', to: 'b', kind: 'depends-on' }, 'l1'),
      { from: 'b', to: 'a', kind: 'depends-on' },
      'l2',
    );
    expect(both.links).toHaveLength(2);
  });

  it('changing a link’s kind cannot create a duplicate', () => {
    let w = addLink(three(), { from: 'a', to: 'b', kind: 'supports' }, 'l1');
    w = addLink(w, { from: 'a', to: 'b', kind: 'conflicts-with' }, 'l2');
    expect(() => updateLink(w, 'l1', { kind: 'conflicts-with' })).toThrow('already linked');
    expect(updateLink(w, 'l1', { kind: 'trades-off', cost: 'Hiring freeze' }).links[0]).toMatchObject({
      kind: 'trades-off',
      cost: 'Hiring freeze',
    });
  });

  it('whatever links are attempted, the result always passes the workspace schema', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            from: fc.constantFrom('a', 'b', 'c', 'x'),
            to: fc.constantFrom('a', 'b', 'c', 'x'),
            kind: fc.constantFrom(...LINK_KINDS),
          }),
          { maxLength: 20 },
        ),
        (attempts) => {
          let w = three();
          attempts.forEach((a, i) => {
            const before = w;
            try {
              w = addLink(w, a, `l${i}`);
            } catch (e) {
              expect(e).toBeInstanceOf(BoardError);
              expect(w).toBe(before);
            }
          });
          expect(Workspace.safeParse(w).success).toBe(true);
        },
      ),
    );
  });
});

describe('cards', () => {
  it('deleting cards removes their links too; the workspace stays valid', () => {
    let w = addLink(three(), { from: 'a', to: 'b', kind: 'supports' }, 'l1');
    w = addLink(w, { from: 'b', to: 'c', kind: 'supports' }, 'l2');
    w = removeCards(w, ['b']);
    expect(w.priorities.map((p) => p.id)).toEqual(['a', 'c']);
    expect(w.links).toEqual([]);
    expect(Workspace.safeParse(w).success).toBe(true);
  });

  it('copy and paste makes new candidate cards with the links between them, offset so both show', () => {
    let w = boardWith([{ id: 'a', impact: 8, effort: 3, status: 'committed' }, { id: 'b' }, { id: 'c' }]);
    w = addLink(w, { from: 'a', to: 'b', kind: 'depends-on' }, 'l1');
    w = addLink(w, { from: 'a', to: 'c', kind: 'supports' }, 'l2');
    let n = 0;
    const { workspace, pastedIds } = pasteCards(w, copyCards(w, ['a', 'b']), () => `new${n++}`);
    expect(pastedIds).toEqual(['new0', 'new1']);
    const copy = workspace.priorities.find((p) => p.id === 'new0')!;
    expect(copy).toMatchObject({ title: 'Card a (copy)', status: 'candidate', impact: 7.5, effort: 3.5 });
    expect(workspace.links.slice(2)).toEqual([
      { id: 'new2', from: 'new0', to: 'new1', kind: 'depends-on', cost: '' },
    ]);
    expect(Workspace.safeParse(workspace).success).toBe(true);
  });

  it('nudging moves every selected card and stops at the edge', () => {
    const axes = axesOf({ axes: 'impact-effort', customX: '', customY: '' });
    const w = nudgeCards(
      boardWith([
        { id: 'a', impact: 9.9, effort: 5 },
        { id: 'b', impact: 1, effort: 1 },
        { id: 'c', impact: 2, effort: 2 },
      ]),
      ['a', 'b'],
      axes,
      { x: 0.1, y: 0.5 },
    );
    expect(w.priorities.map((p) => [p.effort, p.impact])).toEqual([
      [5.1, 10],
      [1.1, 1.5],
      [2, 2],
    ]);
  });

  it('dropping a card in a department lane gives it that department', () => {
    const w = moveToLane(three(), 'a', 'Finance');
    expect(w.priorities[0]!.department).toBe('Finance');
  });
});

describe('board settings and notes', () => {
  it('refuses a negative or absurd capacity and keeps the old one', () => {
    const w = setBoard(three(), { capacity: 30 });
    expect(w.board.capacity).toBe(30);
    expect(() => setBoard(w, { capacity: -1 })).toThrow('Capacity is a number of effort points');
    expect(() => setBoard(w, { capacity: Number.NaN })).toThrow(BoardError);
  });

  it('notes are added, edited and refused when too long', () => {
    let w = addNote(three(), 'n1', { x: 10, y: 20 }, 'Ask Finance');
    w = updateNote(w, 'n1', { text: 'Ask Finance about the hiring freeze', x: 40 });
    expect(w.board.notes).toEqual([{ id: 'n1', text: 'Ask Finance about the hiring freeze', x: 40, y: 20 }]);
    expect(() => updateNote(w, 'n1', { text: 'x'.repeat(1001) })).toThrow('at most 1000');
    expect(Workspace.safeParse(w).success).toBe(true);
  });
});
