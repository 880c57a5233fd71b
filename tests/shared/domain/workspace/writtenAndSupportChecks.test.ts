import { describe, expect, it } from 'vitest';
import { StatementCheck } from '../../../../src/shared/domain/workspace/statementCheckSchema';
import { SupportCheck } from '../../../../src/shared/domain/workspace/supportCheckSchema';

const base = {
  id: 'c1',
  title: 'Same message',
  createdAt: '2027-01-14T10:00:00.000Z',
  status: 'open' as const,
  answeredBy: ['p1', 'p2'],
};
const messages = (anonymous: boolean, drafts: unknown[]) =>
  StatementCheck.safeParse({ ...base, kind: 'messages', anonymous, drafts });
const issues = (r: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  r.error?.issues.map((i) => i.message) ?? [];

describe('written checks as saved', () => {
  it('refuses an anonymous draft that names its writer, and a named one that does not', () => {
    expect(issues(messages(true, [{ messages: ['A'], participantId: 'p1' }]))).toContain(
      'It is anonymous, yet a draft names who wrote it.',
    );
    expect(issues(messages(false, [{ messages: ['A'] }]))).toContain(
      'It is named, yet a draft is not from someone who wrote.',
    );
    expect(messages(false, [{ messages: ['A'], participantId: 'p1' }]).success).toBe(true);
  });

  it('refuses more than three messages, an empty one, and two drafts by one person', () => {
    expect(issues(messages(true, [{ messages: ['a', 'b', 'c', 'd'] }]))).toContain('At most 3 messages.');
    expect(issues(messages(true, [{ messages: ['  '] }]))).toContain('A message cannot be empty.');
    const twice = [
      { messages: ['A'], participantId: 'p1' },
      { messages: ['B'], participantId: 'p1' },
    ];
    expect(issues(messages(false, twice))).toContain('One person has two drafts.');
  });

  it('a success check needs the priority it defines success for, and a metric and a target', () => {
    const check = { ...base, kind: 'success', anonymous: true, priorityId: 'pr-1' };
    expect(StatementCheck.safeParse({ ...check, drafts: [{ metric: 'NPS', target: '40' }] }).success).toBe(
      true,
    );
    expect(issues(StatementCheck.safeParse({ ...check, drafts: [{ metric: 'NPS', target: '' }] }))).toContain(
      'A target cannot be empty.',
    );
    expect(StatementCheck.safeParse({ ...check, priorityId: undefined, drafts: [] }).success).toBe(false);
  });
});

describe('support matrices as saved', () => {
  const check = (over: Record<string, unknown>) =>
    SupportCheck.safeParse({
      ...base,
      title: 'Support',
      anonymous: true,
      departments: ['Sales', 'Engineering'],
      ratings: [{ receiver: 'Sales', giver: 'Engineering', score: 4 }],
      ...over,
    });

  it('keeps a plain anonymous matrix', () => {
    expect(check({}).success).toBe(true);
  });

  it('refuses a department rating itself, one it does not list, a score off the scale, and a named rating when anonymous', () => {
    expect(issues(check({ ratings: [{ receiver: 'Sales', giver: 'Sales', score: 3 }] }))).toContain(
      'A department does not rate the support it gives itself.',
    );
    expect(issues(check({ ratings: [{ receiver: 'Sales', giver: 'Legal', score: 3 }] }))).toContain(
      'A rating names a department the check does not list.',
    );
    expect(check({ ratings: [{ receiver: 'Sales', giver: 'Engineering', score: 6 }] }).success).toBe(false);
    expect(
      issues(
        check({ ratings: [{ receiver: 'Sales', giver: 'Engineering', score: 3, participantId: 'p1' }] }),
      ),
    ).toContain('It is anonymous, yet a rating names who gave it.');
  });

  it('needs two departments, each listed once', () => {
    expect(issues(check({ departments: ['Sales'], ratings: [] }))).toContain(
      'A support matrix needs at least two departments.',
    );
    expect(issues(check({ departments: ['Sales', 'Sales'], ratings: [] }))).toContain(
      'It lists one department twice.',
    );
  });
});
