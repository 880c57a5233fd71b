import { describe, expect, it } from 'vitest';
import { addPriorities, removePriority, titlesFromLines } from '../../../../src/shared/domain/priorities';
import {
  castBallot,
  commitTop,
  createRound,
  revealRound,
  roundResults,
  setFocus,
  startRevote,
  withdrawBallot,
} from '../../../../src/shared/domain/rounds';
import {
  addParticipant,
  createWorkspace,
  Workspace as WorkspaceSchema,
  type Workspace,
} from '../../../../src/shared/domain/workspace';

const now = new Date('2026-11-21T10:00:00Z');
let n = 0;
const newId = () => `id${++n}`;

function setup(): Workspace {
  let w = createWorkspace(
    { name: 'Offsite', kind: 'offsite', period: '2027-Q1', organisation: '' },
    'w',
    now,
  );
  for (const name of ['Ana', 'Ben', 'Cara']) w = addParticipant(w, { name }, name);
  w = addParticipant(w, { name: 'Sam', isFacilitator: true }, 'Sam');
  return addPriorities(
    w,
    titlesFromLines('1. Launch EU\n- Hire CFO\n* Enterprise SSO\n\nlaunch eu').map((title) => ({ title })),
    newId,
  );
}

const ids = (w: Workspace) => w.priorities.map((p) => p.id);
const order = (...tiers: string[][]) => ({ kind: 'order' as const, tiers });

describe('ranking rounds', () => {
  it('reads pasted lines as priorities, dropping bullets, numbers, blanks and duplicates', () => {
    expect(setup().priorities.map((p) => p.title)).toEqual(['Launch EU', 'Hire CFO', 'Enterprise SSO']);
  });

  it('runs blind → reveal → re-vote, and the re-vote shows convergence', () => {
    let w = setup();
    const [eu, cfo, sso] = ids(w) as [string, string, string];
    w = createRound(
      w,
      { question: 'What matters most next quarter?', method: 'order', itemIds: [eu, cfo, sso] },
      'r1',
      now,
    );
    w = castBallot(w, 'r1', 'Ana', order([eu], [cfo], [sso]), now);
    w = castBallot(w, 'r1', 'Ben', order([sso], [cfo], [eu]), now);
    w = castBallot(w, 'r1', 'Cara', order([eu], [sso], [cfo]), now);
    expect(() => castBallot(w, 'r1', 'Sam', order([eu], [cfo], [sso]), now)).toThrow(/Sam does not vote/);
    expect(() => castBallot(w, 'r1', 'Ana', order([eu], [cfo]), now)).toThrow(/1 still to place/);
    w = withdrawBallot(w, 'r1', 'Ben');
    w = castBallot(w, 'r1', 'Ben', order([cfo], [sso], [eu]), now);
    w = revealRound(w, 'r1', now);
    expect(() => castBallot(w, 'r1', 'Ana', order([sso], [cfo], [eu]), now)).toThrow(/revealed/);

    w = startRevote(w, 'r1', 'r2', now);
    for (const voter of ['Ana', 'Ben', 'Cara'])
      w = castBallot(w, 'r2', voter, order([eu], [cfo], [sso]), now);
    w = revealRound(w, 'r2', now);
    expect(WorkspaceSchema.safeParse(w).success).toBe(true);
    const results = roundResults(w, w.rounds[1]!);
    expect(results.ok).toBe(true);
    if (!results.ok) return;
    expect(results.analysis.agreement.w).toBe(1);
    expect(results.analysis.convergence?.deltaW).toBeGreaterThan(0);
    expect(results.analysis.consensus.ranking).toEqual([eu, cfo, sso]);
  });

  it('points ballots must spend the budget exactly, and give totals', () => {
    let w = setup();
    const [eu, cfo, sso] = ids(w) as [string, string, string];
    w = createRound(
      w,
      { question: 'Where does the money go?', method: 'points', itemIds: [eu, cfo, sso] },
      'r',
      now,
    );
    const alloc = (a: number, b: number, c: number) => ({
      kind: 'points' as const,
      allocation: [
        { itemId: eu, amount: a },
        { itemId: cfo, amount: b },
        { itemId: sso, amount: c },
      ],
    });
    expect(() => castBallot(w, 'r', 'Ana', alloc(50, 30, 10), now)).toThrow(/10 points left to give/);
    expect(() => castBallot(w, 'r', 'Ana', alloc(50, 50, 10), now)).toThrow(/10 points too many/);
    w = castBallot(w, 'r', 'Ana', alloc(60, 30, 10), now);
    w = castBallot(w, 'r', 'Ben', alloc(20, 30, 50), now);
    const results = roundResults(w, w.rounds[0]!);
    expect(results.ok && results.allocation?.totals).toEqual({ [eu]: 80, [cfo]: 60, [sso]: 60 });
  });

  it('removing a priority removes it from rounds and ballots, and the results recompute', () => {
    let w = setup();
    const [eu, cfo, sso] = ids(w) as [string, string, string];
    w = createRound(w, { question: 'Q', method: 'order', itemIds: [eu, cfo, sso] }, 'r', now);
    w = castBallot(w, 'r', 'Ana', order([eu], [cfo], [sso]), now);
    w = castBallot(w, 'r', 'Ben', order([cfo], [eu], [sso]), now);
    w = removePriority(w, eu);
    expect(WorkspaceSchema.safeParse(w).success).toBe(true);
    expect(w.rounds[0]!.itemIds).toEqual([cfo, sso]);
    const results = roundResults(w, w.rounds[0]!);
    expect(results.ok && results.analysis.consensus.ranking).toEqual([cfo, sso]);
  });

  it('commits the top N and names one committed priority as the single focus', () => {
    let w = setup();
    const [eu, cfo, sso] = ids(w) as [string, string, string];
    w = commitTop(w, [sso, eu, cfo], 2);
    expect(w.priorities.map((p) => [p.title, p.status])).toEqual([
      ['Launch EU', 'committed'],
      ['Hire CFO', 'candidate'],
      ['Enterprise SSO', 'committed'],
    ]);
    w = setFocus(w, cfo);
    expect(w.focusPriorityId).toBe(cfo);
    expect(w.priorities.find((p) => p.id === cfo)?.status).toBe('committed');
    expect(WorkspaceSchema.safeParse(w).success).toBe(true);
  });

  it('refuses rounds without a question or with fewer than two items', () => {
    const w = setup();
    expect(() => createRound(w, { question: ' ', method: 'order', itemIds: ids(w) }, 'x', now)).toThrow(
      /Ask a question/,
    );
    expect(() =>
      createRound(w, { question: 'Q', method: 'dots', itemIds: ids(w).slice(0, 1) }, 'x', now),
    ).toThrow(/two items/);
  });
});
