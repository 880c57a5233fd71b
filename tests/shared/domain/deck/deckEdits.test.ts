import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCommitmentRow,
  addKpiRow,
  blankCommitmentRow,
  blankKpiRow,
  editDeck,
  insertSection,
  moveSection,
  removeCommitmentRow,
  removeKpiRow,
  removeSection,
  setConfidential,
  updateCommitmentRow,
  updateKpiRow,
  updateSection,
} from '../../../../src/shared/domain/deck/deckEdits';
import {
  createWorkspace,
  Deck,
  DECK_LIMITS,
  type DeckSection,
} from '../../../../src/shared/domain/workspace';

const text = (id: string, title = id): DeckSection => ({ id, type: 'text', title, markdown: '' });
const kpi = (id: string): DeckSection => ({
  id,
  type: 'kpi-scorecard',
  title: 'KPIs',
  markdown: '',
  rows: [],
});
const commitments = (id: string): DeckSection => ({
  id,
  type: 'commitments-review',
  title: 'Commitments',
  markdown: '',
  rows: [],
});
const deckOf = (...sections: DeckSection[]): Deck => ({ templateId: null, confidential: true, sections });
const ids = (deck: Deck) => deck.sections.map((s) => s.id);

describe('deck edits', () => {
  it('inserts a section at a position, at the end by default, and never past the limit', () => {
    const deck = deckOf(text('a'), text('b'));
    expect(ids(insertSection(deck, text('c')))).toEqual(['a', 'b', 'c']);
    expect(ids(insertSection(deck, text('c'), 1))).toEqual(['a', 'c', 'b']);
    expect(ids(insertSection(deck, text('c'), -5))).toEqual(['c', 'a', 'b']);
    expect(insertSection(deck, text('a'))).toBe(deck); // ids stay unique
    const full = deckOf(...Array.from({ length: DECK_LIMITS.sections }, (_, i) => text(`s${i}`)));
    expect(insertSection(full, text('one-too-many'))).toBe(full);
    expect(ids(deck)).toEqual(['a', 'b']); // the input is untouched
  });

  it('removes a section and says where it was, so undo puts it back in its place', () => {
    const deck = deckOf(text('a'), text('b'), text('c'));
    const { deck: without, removed } = removeSection(deck, 'b');
    expect(ids(without)).toEqual(['a', 'c']);
    expect(removed).toEqual({ section: text('b'), index: 1 });
    expect(insertSection(without, removed!.section, removed!.index)).toEqual(deck);
    expect(removeSection(deck, 'nope')).toEqual({ deck, removed: null });
  });

  it('moves sections, keeping every section exactly once (any move)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer(), fc.integer(), (n, a, b) => {
        const deck = deckOf(...Array.from({ length: n }, (_, i) => text(`s${i}`)));
        const from = Math.abs(a) % n;
        const moved = moveSection(deck, from, b % (n + 2));
        expect([...ids(moved)].sort()).toEqual([...ids(deck)].sort());
        const to = Math.max(0, Math.min(n - 1, b % (n + 2)));
        expect(moved.sections[to]!.id).toBe(`s${from}`);
        if (to === from) expect(moved).toBe(deck);
      }),
    );
    expect(moveSection(deckOf(text('a')), 3, 0)).toEqual(deckOf(text('a')));
  });

  it('renames and edits a section, ignoring fields its type does not have', () => {
    const deck = deckOf(text('a'), {
      id: 'r',
      type: 'ranking-result',
      title: 'Ranking',
      markdown: '',
      roundId: null,
    });
    const renamed = updateSection(deck, 'a', { title: 'Why now', markdown: '# Hello' });
    expect(renamed.sections[0]).toEqual({ id: 'a', type: 'text', title: 'Why now', markdown: '# Hello' });
    const wrongField = updateSection(deck, 'a', { roundId: 'round-1', subtitle: 'x' });
    expect(wrongField).toBe(deck);
    expect(Deck.safeParse(wrongField).success).toBe(true);
    expect(updateSection(deck, 'r', { roundId: 'round-1' }).sections[1]).toMatchObject({
      roundId: 'round-1',
    });
    expect(updateSection(deck, 'a', { title: 'a' })).toBe(deck); // no change, same deck
  });

  it('adds, edits and removes KPI rows only in KPI sections', () => {
    let deck = deckOf(kpi('k'), text('t'));
    deck = addKpiRow(deck, 'k', blankKpiRow('row-1'));
    deck = updateKpiRow(deck, 'k', 'row-1', { metric: 'ARR', target: 10, actual: 12, better: 'higher' });
    expect(deck.sections[0]).toMatchObject({
      rows: [{ id: 'row-1', metric: 'ARR', target: 10, actual: 12, prior: null, better: 'higher' }],
    });
    expect(addKpiRow(deck, 't', blankKpiRow('row-2'))).toBe(deck);
    expect(addKpiRow(deck, 'k', blankKpiRow('row-1'))).toBe(deck);
    expect(updateKpiRow(deck, 'k', 'row-1', { metric: 'ARR' })).toBe(deck);
    expect(Deck.safeParse(deck).success).toBe(true);
    expect(removeKpiRow(deck, 'k', 'row-1').sections[0]).toMatchObject({ rows: [] });
    expect(removeKpiRow(deck, 'k', 'nope')).toBe(deck);
  });

  it('adds, grades and removes commitments', () => {
    let deck = deckOf(commitments('c'));
    deck = addCommitmentRow(deck, 'c', blankCommitmentRow('c1'));
    deck = addCommitmentRow(deck, 'c', blankCommitmentRow('c2'));
    deck = updateCommitmentRow(deck, 'c', 'c2', { commitment: 'Ship EU', owner: 'Dana', grade: 'partly' });
    expect(deck.sections[0]).toMatchObject({
      rows: [
        { id: 'c1', grade: 'ungraded' },
        { id: 'c2', commitment: 'Ship EU', owner: 'Dana', grade: 'partly' },
      ],
    });
    expect(Deck.safeParse(deck).success).toBe(true);
    expect(removeCommitmentRow(deck, 'c', 'c1').sections[0]).toMatchObject({ rows: [{ id: 'c2' }] });
    expect(addKpiRow(deck, 'c', blankKpiRow('k'))).toBe(deck); // a KPI row never lands in commitments
  });

  it('turns the confidential footer on and off, and edits only a workspace that has a deck', () => {
    const deck = deckOf(text('a'));
    expect(setConfidential(deck, false).confidential).toBe(false);
    expect(setConfidential(deck, true)).toBe(deck);
    const w = createWorkspace(
      { name: 'Q1', kind: 'qbr', period: '2027-Q1', organisation: 'Acme' },
      'ws-1',
      new Date('2026-11-20T10:00:00Z'),
    );
    expect(editDeck(w, (d) => setConfidential(d, false))).toBe(w); // no deck yet
    const withDeck = { ...w, deck };
    expect(editDeck(withDeck, (d) => setConfidential(d, false)).deck?.confidential).toBe(false);
    expect(editDeck(withDeck, (d) => d)).toBe(withDeck);
  });
});
