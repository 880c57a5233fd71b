import { describe, expect, it } from 'vitest';
import {
  Cascade,
  cascadeFlags,
  type CascadeInput,
  type Contribution,
} from '../../../../src/shared/domain/cascade';

const priority = (id: string, title: string, status: 'committed' | 'deferred' = 'committed') => ({
  id,
  title,
  status,
});

/** A cascade whose lists the tests may change in place. */
type Fixture = Omit<CascadeInput, 'contributions'> & { contributions: Contribution[] };

let next = 0;
function contribution(
  departmentId: string,
  priorityIds: string[],
  more: Partial<Contribution> = {},
): Contribution {
  next += 1;
  return {
    id: `c${next}`,
    departmentId,
    objective: `Objective ${next}`,
    owner: 'Ana',
    measure: 'Done by June',
    horizon: 'now',
    effort: 2,
    priorityIds,
    ...more,
  };
}

/** Three committed priorities, each served, nobody over capacity, no conflict used twice. */
function clean(): Fixture {
  return {
    priorities: [
      priority('eu', 'Launch EU'),
      priority('sso', 'Ship SSO'),
      priority('cfo', 'Hire CFO'),
      priority('old', 'Old idea', 'deferred'),
    ],
    links: [{ id: 'l1', from: 'eu', to: 'sso', kind: 'conflicts-with' }],
    focusPriorityId: 'eu',
    departments: [
      { id: 'sales', name: 'Sales', capacity: 6 },
      { id: 'eng', name: 'Engineering', capacity: 10 },
    ],
    contributions: [
      contribution('sales', ['eu'], { id: 'sales-eu', objective: 'Sign 3 EU resellers', localRank: 1 }),
      contribution('sales', ['cfo'], { id: 'sales-cfo', objective: 'Shortlist CFOs', localRank: 2 }),
      contribution('eng', ['sso'], { id: 'eng-sso', objective: 'SAML login', effort: 5 }),
    ],
  };
}

const kinds = (input: CascadeInput) => cascadeFlags(input).map((f) => f.kind);

describe('cascade flags', () => {
  it('raises nothing on a clean cascade, which is also a valid cascade file', () => {
    const input = clean();
    expect(cascadeFlags(input)).toEqual([]);
    expect(
      Cascade.safeParse({ departments: input.departments, contributions: input.contributions }).success,
    ).toBe(true);
  });

  it('flags an objective linked to no committed priority, saying why', () => {
    const input = clean();
    input.contributions.push(
      contribution('sales', [], { id: 'lonely', objective: 'Golf day' }),
      contribution('eng', ['old'], { id: 'stale', objective: 'Rewrite in Rust' }),
    );
    const flags = cascadeFlags(input);
    expect(flags.map((f) => [f.kind, f.contributionId])).toEqual([
      ['orphan', 'lonely'],
      ['orphan', 'stale'],
    ]);
    expect(flags[0]!.message).toContain('Sales’s objective “Golf day” is linked to no company priority');
    expect(flags[1]!.message).toContain('linked only to “Old idea”, which is deferred, not committed');
    expect(flags[1]!.targets).toEqual([
      { kind: 'contribution', id: 'stale' },
      { kind: 'department', id: 'eng' },
      { kind: 'priority', id: 'old' },
    ]);
  });

  it('flags a committed priority nobody contributes to, and only committed ones', () => {
    const input = clean();
    input.contributions = input.contributions.filter((c) => c.id !== 'sales-cfo');
    const flags = cascadeFlags(input);
    expect(flags).toEqual([
      {
        kind: 'uncovered',
        priorityId: 'cfo',
        message:
          'No department contributes to “Hire CFO”. Ask which department will carry it, or whether it is really committed.',
        targets: [{ kind: 'priority', id: 'cfo' }],
      },
    ]);
  });

  it('flags a department whose effort exceeds its capacity, not one exactly at it', () => {
    const input = clean();
    input.departments[0]!.capacity = 4; // Sales: 2 + 2 = 4, exactly full
    expect(kinds(input)).toEqual([]);
    input.departments[0]!.capacity = 3.5;
    const [flag] = cascadeFlags(input);
    expect(flag).toMatchObject({ kind: 'overloaded', departmentId: 'sales' });
    expect(flag!.message).toBe(
      'Sales has 4 effort points of objectives against a capacity of 3.5 (0.5 over). Drop or defer an objective, or agree a larger capacity.',
    );
    expect(flag!.targets.map((t) => t.id)).toEqual(['sales', 'sales-eu', 'sales-cfo']);
  });

  it('flags a department ranking its own objectives above the company focus', () => {
    const input = clean();
    input.contributions[0]!.localRank = 3; // the EU objective drops below
    input.contributions.push(
      contribution('sales', ['cfo'], { id: 'sales-own', objective: 'Renew top accounts', localRank: 1 }),
    );
    const flags = cascadeFlags(input);
    expect(flags.map((f) => f.kind)).toEqual(['local-optimisation']);
    expect(flags[0]!.message).toBe(
      'Sales ranks 2 objectives of its own (“Renew top accounts” and “Shortlist CFOs”) above its work on the company focus “Launch EU”. Ask whether the focus should come first.',
    );
    expect(flags[0]!.targets).toContainEqual({ kind: 'priority', id: 'eu' });
  });

  it('has no local-optimisation check without a focus, or for a department with nothing for it', () => {
    const input = clean();
    input.contributions[0]!.localRank = 3;
    input.contributions.push(contribution('eng', ['sso'], { localRank: 1 }));
    expect(kinds({ ...input, focusPriorityId: null })).toEqual([]);
    input.contributions = input.contributions.filter((c) => c.departmentId === 'eng' || c.id === 'sales-cfo');
    input.contributions.push(contribution('sales', ['eu']));
    expect(kinds(input)).toEqual([]);
  });

  it('flags a department serving both sides of a conflict, across objectives or in one', () => {
    const input = clean();
    input.contributions.push(contribution('sales', ['sso'], { id: 'sales-sso', objective: 'Sell SSO tier' }));
    const [across] = cascadeFlags(input);
    expect(across).toMatchObject({ kind: 'conflicting', departmentId: 'sales' });
    expect(across!.message).toBe(
      'Sales works toward “Launch EU” and “Ship SSO”, which conflict on the board: “Sign 3 EU resellers” serves the first and “Sell SSO tier” the second. Decide with Sales which comes first.',
    );
    expect(across!.targets.slice(0, 2)).toEqual([
      { kind: 'department', id: 'sales' },
      { kind: 'link', id: 'l1' },
    ]);

    const one = clean();
    one.contributions[2]!.priorityIds = ['sso', 'eu'];
    const flags = cascadeFlags(one);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.message).toContain('“SAML login” serves both');
  });

  it('ignores links that are not conflicts', () => {
    const input = clean();
    input.links = [{ id: 'l2', from: 'eu', to: 'sso', kind: 'supports' }];
    input.contributions.push(contribution('sales', ['sso']));
    expect(kinds(input)).toEqual([]);
  });
});

describe('the cascade schema', () => {
  it('refuses a contribution of an unknown department and a priority linked twice', () => {
    const input = clean();
    const bad = {
      departments: input.departments,
      contributions: [contribution('legal', ['eu', 'eu'], { objective: 'Review' })],
    };
    const result = Cascade.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'The objective "Review" belongs to a department that does not exist.',
      'The objective "Review" links one priority twice.',
    ]);
  });

  it('refuses an effort off the priority scale and unknown fields', () => {
    const input = clean();
    const departments = input.departments;
    expect(
      Cascade.safeParse({ departments, contributions: [{ ...input.contributions[0], effort: 10 }] }).success,
    ).toBe(true);
    expect(
      Cascade.safeParse({ departments, contributions: [{ ...input.contributions[0], effort: 11 }] }).success,
    ).toBe(false);
    expect(
      Cascade.safeParse({ departments: [{ ...input.departments[0], colour: '#fff' }], contributions: [] })
        .success,
    ).toBe(false);
  });
});
