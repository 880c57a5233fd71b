import { describe, expect, it } from 'vitest';
import { changeStatus } from '../../../../src/shared/domain/board/decisionLog';
import { removePriority } from '../../../../src/shared/domain/priorities';
import {
  activeSuccessDefinition,
  gradeCommitment,
  gradePreviousSuccess,
  nextQuarter,
  repointPrevious,
  SeriesEditError,
  setAgreedMessages,
  setSuccessDefinition,
} from '../../../../src/shared/domain/series';
import { createWorkspace, Workspace, type Priority } from '../../../../src/shared/domain/workspace';

const NOW = new Date('2027-01-10T09:00:00.000Z');

const card = (id: string, title: string, status: Priority['status']): Priority => ({
  id,
  title,
  description: '',
  owner: 'Dana',
  department: '',
  impact: 5,
  effort: 5,
  horizon: 'now',
  status,
  scores: {},
});

function quarter(): Workspace {
  const w = createWorkspace({ name: 'Q1', kind: 'qbr', period: '2027-Q1', organisation: '' }, 'w-q1', NOW);
  return {
    ...w,
    priorities: [card('p-sso', 'Enterprise SSO', 'committed'), card('p-eu', 'Launch EU', 'candidate')],
    focusPriorityId: 'p-sso',
  };
}

const definition = { priorityId: 'p-sso', metric: '  Deals that needed SSO ', target: '5 by March' };

describe('the success definition', () => {
  it('is stored for the focus or a committed priority, trimmed', () => {
    const w = setSuccessDefinition(quarter(), definition);
    expect(w.successDefinition).toEqual({
      priorityId: 'p-sso',
      metric: 'Deals that needed SSO',
      target: '5 by March',
    });
    expect(Workspace.safeParse(w).success).toBe(true);
  });

  it('is refused for a candidate, without a metric or target, or when too long', () => {
    const w = quarter();
    expect(() => setSuccessDefinition(w, { ...definition, priorityId: 'p-eu' })).toThrow(
      'Success is defined for the focus or a committed priority.',
    );
    expect(() => setSuccessDefinition(w, { ...definition, target: ' ' })).toThrow(SeriesEditError);
    expect(() => setSuccessDefinition(w, { ...definition, metric: 'm'.repeat(201) })).toThrow(/at most 200/);
    expect(() => setSuccessDefinition(w, { ...definition, priorityId: 'gone' })).toThrow(/no longer exists/);
  });

  it('goes with its card when the card is deleted, and the workspace still saves', () => {
    const w = removePriority(setSuccessDefinition(quarter(), definition), 'p-sso');
    expect(w.successDefinition).toBeNull();
    expect(Workspace.safeParse(w).success).toBe(true);
  });

  it('reads as none once its card is no longer committed, and never blocks a save', () => {
    const defined = setSuccessDefinition(quarter(), definition);
    const deferred = changeStatus(
      defined,
      'p-sso',
      'deferred',
      { rationale: 'Slipped', date: '2027-01-10' },
      'd-1',
    );
    expect(activeSuccessDefinition(defined)?.priority.title).toBe('Enterprise SSO');
    expect(activeSuccessDefinition(deferred)).toBeNull();
    expect(Workspace.safeParse(deferred).success).toBe(true);
    // A link left dangling by hand still opens: it reads as no definition.
    const dangling = { ...defined, successDefinition: { ...definition, priorityId: 'nowhere' } };
    expect(Workspace.safeParse(dangling).success).toBe(true);
    expect(activeSuccessDefinition(dangling)).toBeNull();
  });
});

describe('what every team will hear', () => {
  it('keeps up to three messages, blank ones left out and spaces tidied', () => {
    const w = setAgreedMessages(quarter(), ['  We win the  EU first. ', '', 'SSO ships in February.']);
    expect(w.agreedMessages).toEqual(['We win the EU first.', 'SSO ships in February.']);
  });

  it('refuses a fourth message and an over-long one', () => {
    expect(() => setAgreedMessages(quarter(), ['a', 'b', 'c', 'd'])).toThrow(/at most 3/);
    expect(() => setAgreedMessages(quarter(), ['ok', 'x'.repeat(281)])).toThrow(
      'Message 2 is 281 characters; at most 280.',
    );
  });

  it('cannot be stored empty or four strong in the file', () => {
    expect(Workspace.safeParse({ ...quarter(), agreedMessages: ['  '] }).success).toBe(false);
    expect(Workspace.safeParse({ ...quarter(), agreedMessages: ['a', 'b', 'c', 'd'] }).success).toBe(false);
  });
});

describe('grading last quarter', () => {
  const { workspace: q2 } = nextQuarter(setSuccessDefinition(quarter(), definition), {
    name: 'Q2',
    period: '2027-Q2',
    now: NOW,
    newId: (() => {
      let n = 0;
      return () => `q2-${++n}`;
    })(),
  });

  it('grades a carried commitment and last quarter’s success', () => {
    const commitment = q2.carriedIn!.commitments[0]!;
    const graded = gradePreviousSuccess(gradeCommitment(q2, commitment.id, 'partly'), 'done');
    expect(graded.carriedIn?.commitments[0]?.grade).toBe('partly');
    expect(graded.carriedIn?.previousSuccess?.grade).toBe('done');
    expect(Workspace.safeParse(graded).success).toBe(true);
  });

  it('refuses to grade what was not carried in', () => {
    expect(() => gradeCommitment(q2, 'unknown', 'done')).toThrow(SeriesEditError);
    expect(() => gradePreviousSuccess(quarter(), 'done')).toThrow(/no definition of success/);
  });
});

describe('a previous quarter that moved', () => {
  const { workspace: q2 } = nextQuarter(quarter(), {
    name: 'Q2',
    period: '2027-Q2',
    now: NOW,
    newId: (() => {
      let n = 0;
      return () => `q2-${++n}`;
    })(),
    previousFolder: '/old/place/Q1',
  });

  it('is found again by its id: only the folder hint and its name change', () => {
    const moved = repointPrevious(q2, { id: 'w-q1', name: 'Q1 (renamed)', period: '2027-Q1' }, '/new/Q1');
    expect(moved.series?.previous).toEqual({
      workspaceId: 'w-q1',
      name: 'Q1 (renamed)',
      period: '2027-Q1',
      folderHint: '/new/Q1',
    });
    expect(moved.series?.seriesId).toBe(q2.series?.seriesId);
  });

  it('cannot be replaced by another workspace', () => {
    expect(() => repointPrevious(q2, { id: 'other', name: 'Other', period: '' }, '/x')).toThrow(
      'That is not “Q1”: choose the previous quarter’s folder.',
    );
  });
});
