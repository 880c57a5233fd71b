import { describe, expect, it } from 'vitest';
import {
  carryFileOf,
  carryUntriaged,
  importCarried,
  parkItem,
  readCarryFile,
  recordDots,
  startBlock,
  topByDots,
  triageItem,
  untriaged,
} from '../../../../src/shared/domain/agenda';
import { Workspace } from '../../../../src/shared/domain/workspace';
import { at, offsite } from './agendaFixture';

const NOW = new Date(at('10:12'));
let n = 0;
const newId = () => `new-${++n}`;

function lotOfFour(): Workspace {
  let w = startBlock(offsite(), 'b2', at('09:30'));
  w = parkItem(
    w,
    { text: '  Works council   consultation before the EU launch? ', priorityId: 'p1' },
    'k1',
    NOW,
  );
  w = parkItem(w, { text: 'SSO pricing tier', priorityId: 'p2' }, 'k2', NOW);
  w = parkItem(w, { text: '王芳: hiring plan for Shanghai' }, 'k3', NOW);
  w = parkItem(w, { text: 'Offsite venue for Q2', blockId: null }, 'k4', NOW);
  return w;
}

describe('the parking lot', () => {
  it('parks one line, linked to the block running and the priority in focus', () => {
    const w = lotOfFour();
    expect(Workspace.safeParse(w).success).toBe(true);
    expect(w.parkingLot[0]).toMatchObject({
      text: 'Works council consultation before the EU launch?',
      blockId: 'b2',
      priorityId: 'p1',
      outcome: 'open',
    });
    expect(w.parkingLot[3]!.blockId).toBeNull();
    expect(untriaged(w)).toHaveLength(4);
  });

  it('refuses an empty or overlong item, changing nothing', () => {
    const w = lotOfFour();
    expect(() => parkItem(w, { text: '   ' }, 'x', NOW)).toThrow('Say what to park');
    expect(() => parkItem(w, { text: 'x'.repeat(301) }, 'x', NOW)).toThrow(
      'at most 300 characters (this one has 301)',
    );
  });

  it('triages into an action item, a decision, the next session, a long-term issue or a reasoned drop', () => {
    let w = lotOfFour();
    w = triageItem(
      w,
      'k1',
      { outcome: 'action', owner: 'Łukasz Wróblewski', due: '2027-02-01' },
      'a1',
      '2027-01-14',
    );
    w = triageItem(w, 'k2', { outcome: 'decision', why: 'Pricing review settled it.' }, 'd1', '2027-01-14');
    w = triageItem(w, 'k3', { outcome: 'long-term' }, 'unused', '2027-01-14');
    expect(() => triageItem(w, 'k4', { outcome: 'dropped', reason: '  ' }, 'x', '2027-01-14')).toThrow(
      'Say why',
    );
    w = triageItem(w, 'k4', { outcome: 'dropped', reason: 'Booked already.' }, 'x', '2027-01-14');
    expect(Workspace.safeParse(w).success).toBe(true);
    expect(w.actionItems.at(-1)).toMatchObject({ id: 'a1', owner: 'Łukasz Wróblewski', due: '2027-02-01' });
    expect(w.decisions.at(-1)).toMatchObject({ id: 'd1', what: 'SSO pricing tier', priorityIds: ['p2'] });
    expect(w.parkingLot.map((p) => p.outcome)).toEqual(['action', 'decision', 'long-term', 'dropped']);
    expect(untriaged(w)).toHaveLength(0);
  });

  it('the top 3 by dots are what to solve now; carrying marks the rest for next time', () => {
    let w = recordDots(lotOfFour(), { k1: 2, k2: 7, k3: 0, k4: 3 });
    expect(topByDots(w).map((p) => p.id)).toEqual(['k2', 'k4', 'k1']);
    w = carryUntriaged(w);
    expect(w.parkingLot.every((p) => p.outcome === 'carried')).toBe(true);
  });
});

describe('carrying items to the next session by file', () => {
  it('round-trips into another workspace, linking by priority title, once only', () => {
    const source = carryUntriaged(lotOfFour());
    const text = JSON.stringify(carryFileOf(source));
    const read = readCarryFile(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const target = { ...offsite(), name: 'Q2 offsite', parkingLot: [] };
    const first = importCarried(target, read.file, newId);
    expect(first.added).toBe(4);
    expect(first.workspace.parkingLot[0]).toMatchObject({ outcome: 'open', priorityId: 'p1' });
    expect(first.workspace.parkingLot[0]!.reason).toContain('Carried from Leadership offsite, 2027-Q1');
    expect(Workspace.safeParse(first.workspace).success).toBe(true);
    expect(importCarried(first.workspace, read.file, newId).added).toBe(0);
  });

  it('refuses what is not a carry file, in words', () => {
    expect(readCarryFile('{not json')).toMatchObject({
      ok: false,
      message: expect.stringContaining('not valid JSON'),
    });
    expect(readCarryFile('{"format":"other"}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('not an Offsite'),
    });
    expect(readCarryFile('{"format":"offsite-parking-lot","version":9}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('newer Offsite'),
    });
    expect(readCarryFile('{"format":"offsite-parking-lot","version":1,"items":[]}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('damaged'),
    });
  });
});
