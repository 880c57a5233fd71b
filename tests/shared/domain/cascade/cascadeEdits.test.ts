import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addContribution,
  addDepartment,
  cascadeWithoutPriority,
  CascadeError,
  editContribution,
  linkPriority,
  removeContribution,
  removeDepartment,
  renameDepartment,
  setDepartmentCapacity,
  unlinkPriority,
  type Contribution,
} from '../../../../src/shared/domain/cascade';
import { removePriority } from '../../../../src/shared/domain/priorities/priorityOps';
import { isDomainError } from '../../../../src/shared/domain/domainError';
import { decodeWorkspace, workspaceProblem, type Workspace } from '../../../../src/shared/domain/workspace';

/** The v7 fixture: Sales, Engineering and Finance with six objectives over two committed priorities. */
function fixture(): Workspace {
  const text = readFileSync(join(import.meta.dirname, '../../../fixtures/workspace/v7.json'), 'utf8');
  const decoded = decodeWorkspace(text);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.workspace;
}

const objective = (more: Partial<Contribution> = {}): Contribution => ({
  id: 'c-new',
  departmentId: 'dep-eng',
  objective: 'Cut EU page load to two seconds',
  owner: 'Aiko Tanaka',
  measure: 'p95 load time in Frankfurt',
  horizon: 'next',
  effort: 1.5,
  priorityIds: ['pr-eu'],
  ...more,
});

function refusal(edit: () => unknown): string {
  try {
    edit();
  } catch (error) {
    expect(isDomainError(error) && error instanceof CascadeError).toBe(true);
    return (error as Error).message;
  }
  throw new Error('The edit was not refused.');
}

describe('department edits', () => {
  it('adds, renames, resizes and removes a department, trimming its name', () => {
    let w = addDepartment(fixture(), { id: 'dep-ppl', name: '  People ', capacity: 3 });
    expect(w.cascade.departments.at(-1)).toEqual({ id: 'dep-ppl', name: 'People', capacity: 3 });
    w = renameDepartment(w, 'dep-ppl', 'People & Culture');
    w = setDepartmentCapacity(w, 'dep-ppl', 5.5);
    expect(w.cascade.departments.at(-1)).toEqual({ id: 'dep-ppl', name: 'People & Culture', capacity: 5.5 });
    expect(workspaceProblem(w)).toBeNull();
    w = removeDepartment(w, 'dep-ppl');
    expect(w.cascade.departments.map((d) => d.name)).toEqual(['Sales', 'Engineering', 'Finance']);
  });

  it('takes a removed department’s objectives with it, and no other', () => {
    const w = removeDepartment(fixture(), 'dep-fin');
    expect(w.cascade.contributions.map((c) => c.departmentId)).toEqual([
      'dep-sales',
      'dep-sales',
      'dep-eng',
      'dep-eng',
    ]);
    expect(workspaceProblem(w)).toBeNull();
  });

  it('refuses an empty or repeated name and an impossible capacity, in words', () => {
    const w = fixture();
    expect(refusal(() => addDepartment(w, { id: 'x', name: '   ', capacity: 1 }))).toBe(
      'Give the department a name.',
    );
    expect(refusal(() => renameDepartment(w, 'dep-fin', ' sales '))).toBe(
      'There is already a department called “sales”.',
    );
    expect(refusal(() => setDepartmentCapacity(w, 'dep-fin', -1))).toMatch(/from 0 to 100,000/);
    expect(refusal(() => setDepartmentCapacity(w, 'dep-fin', Number.NaN))).toMatch(/effort points/);
    expect(refusal(() => renameDepartment(w, 'gone', 'Legal'))).toBe(
      'That department is no longer in the cascade.',
    );
  });
});

describe('objective edits', () => {
  it('adds an objective to a department and edits its fields', () => {
    let w = addContribution(fixture(), objective({ objective: '  Cut EU page load to two seconds ' }));
    expect(w.cascade.contributions.at(-1)).toMatchObject({ objective: 'Cut EU page load to two seconds' });
    w = editContribution(w, 'c-new', { owner: 'Tom Becker', effort: 2, localRank: 3, horizon: 'now' });
    expect(w.cascade.contributions.at(-1)).toMatchObject({ owner: 'Tom Becker', effort: 2, localRank: 3 });
    w = editContribution(w, 'c-new', { localRank: undefined });
    expect(w.cascade.contributions.at(-1)).not.toHaveProperty('localRank');
    w = removeContribution(w, 'c-new');
    expect(w.cascade.contributions).toHaveLength(6);
  });

  it('refuses an objective for a department that does not exist, an empty one, and bad effort', () => {
    const w = fixture();
    expect(refusal(() => addContribution(w, objective({ departmentId: 'dep-legal' })))).toBe(
      'That department is no longer in the cascade.',
    );
    expect(refusal(() => addContribution(w, objective({ objective: ' ' })))).toBe(
      'Say what the objective is.',
    );
    expect(refusal(() => editContribution(w, 'c-eng-sso', { effort: 11 }))).toBe(
      'Effort is a number of points from 0 to 10.',
    );
    expect(refusal(() => editContribution(w, 'c-eng-sso', { localRank: 1.5 }))).toMatch(/whole number/);
    expect(refusal(() => addContribution(w, objective({ priorityIds: ['pr-nope'] })))).toBe(
      'One of the linked priorities is no longer on the board.',
    );
  });

  it('links and unlinks a priority, once', () => {
    let w = linkPriority(fixture(), 'c-fin-close', 'pr-eu');
    expect(linkPriority(w, 'c-fin-close', 'pr-eu')).toBe(w);
    expect(w.cascade.contributions.find((c) => c.id === 'c-fin-close')?.priorityIds).toEqual(['pr-eu']);
    w = unlinkPriority(w, 'c-fin-close', 'pr-eu');
    expect(w.cascade.contributions.find((c) => c.id === 'c-fin-close')?.priorityIds).toEqual([]);
    expect(refusal(() => linkPriority(w, 'c-fin-close', 'pr-nope'))).toBe(
      'That priority is no longer on the board.',
    );
  });
});

describe('links to priorities are soft', () => {
  it('saves with a link to a deleted priority, and an edit of the text keeps working', () => {
    const w = removePriority(fixture(), 'pr-eu');
    expect(workspaceProblem(w)).toBeNull();
    // Deleting the card unlinks it from every objective; the objectives stay.
    expect(w.cascade.contributions).toHaveLength(fixture().cascade.contributions.length);
    expect(w.cascade.contributions.some((c) => c.priorityIds.includes('pr-eu'))).toBe(false);
    const edited = editContribution(w, 'c-fin-vat', { owner: 'Ana Silva' });
    expect(edited.cascade.contributions.find((c) => c.id === 'c-fin-vat')?.owner).toBe('Ana Silva');
    expect(workspaceProblem(edited)).toBeNull();
  });

  it('unlinks a deleted priority from every objective and keeps the objectives', () => {
    const cascade = cascadeWithoutPriority(fixture().cascade, 'pr-eu');
    expect(cascade.contributions).toHaveLength(6);
    expect(cascade.contributions.some((c) => c.priorityIds.includes('pr-eu'))).toBe(false);
    expect(cascade.contributions.find((c) => c.id === 'c-sales-sso')?.priorityIds).toEqual(['pr-sso']);
  });

  it('refuses a file whose objective belongs to no department, naming the objective', () => {
    const w = fixture();
    const broken = {
      ...w,
      cascade: {
        ...w.cascade,
        contributions: w.cascade.contributions.map((c) =>
          c.id === 'c-fin-vat' ? { ...c, departmentId: 'dep-legal' } : c,
        ),
      },
    };
    expect(workspaceProblem(broken)).toBe(
      'The cascade is not valid (the objective "Invoice in euros with EU VAT" belongs to a department that does not exist).',
    );
  });

  it('names an objective or a department by its place and its words when the file breaks a limit', () => {
    const w = fixture();
    const long = `Invoice ${'in euros '.repeat(30)}`;
    const objectiveTooLong = {
      ...w,
      cascade: {
        ...w.cascade,
        contributions: w.cascade.contributions.map((c, i) => (i === 4 ? { ...c, objective: long } : c)),
      },
    };
    expect(workspaceProblem(objectiveTooLong)).toBe(
      `Department objective 5, “Invoice in euros in euros in euros in…”: the objective is ${long.length} characters; at most 200.`,
    );
    const negative = {
      ...w,
      cascade: { ...w.cascade, departments: w.cascade.departments.map((d) => ({ ...d, capacity: -2 })) },
    };
    expect(workspaceProblem(negative)).toBe('Department 1, “Sales”: the capacity is -2; at least 0.');
  });
});
