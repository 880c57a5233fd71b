import { describe, expect, it } from 'vitest';
import { addPriorities } from '../../../../src/shared/domain/priorities';
import {
  addParticipant,
  createWorkspace,
  decodeWorkspace,
  workspaceProblem,
  type Workspace,
} from '../../../../src/shared/domain/workspace';

const fresh = () =>
  createWorkspace(
    { name: 'Q1 Offsite', kind: 'offsite', period: '2027-Q1', organisation: 'Acme' },
    'w1',
    new Date('2026-11-21T10:00:00Z'),
  );

/** 60 priorities, as a facilitator's list would be, with a few people in the room. */
function listOf60(): Workspace {
  let w = fresh();
  for (const name of ['Dana Whitfield', 'Ravi Menon']) w = addParticipant(w, { name }, `p-${name}`);
  let n = 0;
  return addPriorities(
    w,
    Array.from({ length: 60 }, (_, i) => ({ title: `Priority number ${i + 1}` })),
    () => `id-${++n}`,
  );
}

function withPriority(w: Workspace, index: number, change: Record<string, unknown>): Workspace {
  return { ...w, priorities: w.priorities.map((p, i) => (i === index ? { ...p, ...change } : p)) };
}

describe('validation messages name things as the user sees them', () => {
  it('an over-long priority title: its place in the list, its first words, its length and the limit', () => {
    const title = `Office in Lisbon for the southern European sales team ${'and more '.repeat(50)}`.slice(
      0,
      500,
    );
    const message = workspaceProblem(withPriority(listOf60(), 57, { title }));
    expect(message).toBe(
      'Priority 58, “Office in Lisbon for the southern…”: the title is 500 characters; at most 200.',
    );
    expect(message).not.toMatch(/priorities\.57|at id|id-/);
  });

  it('empty names, scores out of range, unknown horizons and long participant roles', () => {
    const w = listOf60();
    expect(workspaceProblem(withPriority(w, 2, { title: '   ' }))).toBe('Priority 3: the title is empty.');
    expect(workspaceProblem(withPriority(w, 0, { impact: 12 }))).toBe(
      'Priority 1, “Priority number 1”: the impact is 12; at most 10.',
    );
    expect(workspaceProblem(withPriority(w, 4, { horizon: 'someday' }))).toBe(
      'Priority 5, “Priority number 5”: the horizon is “someday”; it must be one of now, next, later.',
    );
    const longRole = {
      ...w,
      participants: w.participants.map((p, i) => (i === 1 ? { ...p, role: 'r'.repeat(130) } : p)),
    };
    expect(workspaceProblem(longRole)).toBe(
      'Participant 2, “Ravi Menon”: the role is 130 characters; at most 120.',
    );
    expect(workspaceProblem({ ...w, name: 'n'.repeat(250) })).toBe(
      'The workspace name is 250 characters; at most 200.',
    );
    expect(workspaceProblem({ ...w, period: 'p'.repeat(41) })).toBe(
      'The period is 41 characters; at most 40.',
    );
  });

  it('links and cross-references are named by the priorities they join, never by id', () => {
    const w = listOf60();
    const [a, b] = w.priorities;
    const twice = {
      ...w,
      links: [
        { id: 'l1', from: a!.id, to: b!.id, kind: 'supports' as const, cost: '' },
        { id: 'l2', from: a!.id, to: b!.id, kind: 'supports' as const, cost: '' },
      ],
    };
    expect(workspaceProblem(twice)).toBe(
      'The link from “Priority number 1” to “Priority number 2” repeats another link.',
    );
    const longCost = {
      ...w,
      links: [{ ...twice.links[0]!, kind: 'trades-off' as const, cost: 'c'.repeat(501) }],
    };
    expect(workspaceProblem(longCost)).toBe(
      'The link from “Priority number 1” to “Priority number 2”: the stated cost is 501 characters; at most 500.',
    );
  });

  it('a valid workspace has no problem', () => {
    expect(workspaceProblem(listOf60())).toBeNull();
  });

  it('a damaged file is refused with the same wording, kept under Details', () => {
    const decoded = decodeWorkspace(JSON.stringify(withPriority(listOf60(), 57, { title: 'x'.repeat(300) })));
    expect(!decoded.ok && decoded.details).toBe(
      'Priority 58, “xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”: the title is 300 characters; at most 200.',
    );
  });
});
