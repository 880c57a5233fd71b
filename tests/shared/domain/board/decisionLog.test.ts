import { describe, expect, it } from 'vitest';
import {
  addActionItem,
  BoardError,
  changeStatus,
  needsRationale,
  rationaleOf,
  removeDecision,
  updateDecision,
} from '../../../../src/shared/domain/board';
import { Workspace } from '../../../../src/shared/domain/workspace';
import { removePriority } from '../../../../src/shared/domain/priorities';
import { boardWith } from './boardFixture';

const today = '2027-01-10';
const start = () =>
  boardWith([
    { id: 'eu', title: 'Launch in the EU', owner: 'Lena' },
    { id: 'sso', title: 'Enterprise SSO' },
  ]);

describe('status changes and the decision log', () => {
  it('committing, deferring and dropping need a rationale; going back to candidate does not', () => {
    expect(needsRationale('committed')).toBe(true);
    expect(needsRationale('dropped')).toBe(true);
    expect(needsRationale('candidate')).toBe(false);
    const w = start();
    expect(() => changeStatus(w, 'eu', 'dropped', { rationale: '   ', date: today }, 'd1')).toThrow(
      BoardError,
    );
    expect(() => changeStatus(w, 'eu', 'dropped', null, 'd1')).toThrow('decision log');
  });

  it('dropping a card writes one log entry naming the card, with why, dissent and owner', () => {
    const w = changeStatus(
      start(),
      'eu',
      'dropped',
      {
        rationale: 'No country manager before Q3',
        date: today,
        dissent: 'Lena disagrees',
        alternatives: 'Partner-led entry',
      },
      'd1',
    );
    expect(w.priorities[0]!.status).toBe('dropped');
    expect(w.decisions).toEqual([
      {
        id: 'd1',
        kind: 'drop',
        what: 'Drop “Launch in the EU”',
        why: 'No country manager before Q3',
        alternatives: 'Partner-led entry',
        dissent: 'Lena disagrees',
        owner: 'Lena',
        date: today,
        priorityIds: ['eu'],
      },
    ]);
    expect(rationaleOf(w, 'eu')).toBe('No country manager before Q3');
    expect(Workspace.safeParse(w).success).toBe(true);
  });

  it('a card that stops being committed is no longer the focus', () => {
    let w = changeStatus(start(), 'eu', 'committed', { rationale: 'Biggest upside', date: today }, 'd1');
    w = { ...w, focusPriorityId: 'eu' };
    w = changeStatus(w, 'eu', 'candidate', null, 'unused');
    expect(w.focusPriorityId).toBeNull();
    expect(w.decisions).toHaveLength(1);
  });

  it('refuses a log entry edit that empties what was decided, or links a deleted card', () => {
    const w = changeStatus(start(), 'eu', 'committed', { rationale: 'Upside', date: today }, 'd1');
    expect(() => updateDecision(w, 'd1', { what: ' ' })).toThrow('Say what was decided.');
    expect(() => updateDecision(w, 'd1', { priorityIds: ['gone'] })).toThrow('no longer exists');
    expect(() => updateDecision(w, 'd1', { date: '10/01/2027' })).toThrow('YYYY-MM-DD');
    expect(updateDecision(w, 'd1', { dissent: 'Tom: SSO first' }).decisions[0]!.dissent).toBe(
      'Tom: SSO first',
    );
  });

  it('deleting a card keeps the decision but unlinks it; deleting a decision keeps its actions', () => {
    let w = changeStatus(start(), 'eu', 'committed', { rationale: 'Upside', date: today }, 'd1');
    w = addActionItem(w, {
      id: 'a1',
      text: 'Hire a country manager',
      owner: 'Lena',
      due: '2027-02-01',
      status: 'open',
      decisionId: 'd1',
    });
    const withoutCard = removePriority(w, 'eu');
    expect(withoutCard.decisions[0]!.priorityIds).toEqual([]);
    expect(Workspace.safeParse(withoutCard).success).toBe(true);
    const withoutDecision = removeDecision(w, 'd1');
    expect(withoutDecision.actionItems[0]!.decisionId).toBeNull();
    expect(Workspace.safeParse(withoutDecision).success).toBe(true);
  });

  it('refuses an action item with a bad due date', () => {
    expect(() =>
      addActionItem(start(), {
        id: 'a1',
        text: 'Do it',
        owner: '',
        due: 'tomorrow',
        status: 'open',
        decisionId: null,
      }),
    ).toThrow('YYYY-MM-DD');
  });
});
