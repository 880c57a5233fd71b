import { describe, expect, it } from 'vitest';
import {
  createSupportCheck,
  deleteSupportCheck,
  identifiableDepartments,
  latestSupportMatrix,
  rateSupport,
  revealSupportCheck,
  suggestedDepartments,
  supportMatrixOf,
  type GivenSupport,
} from '../../../../src/shared/domain/alignment/supportEdits';
import {
  createWorkspace,
  decodeWorkspace,
  encodeWorkspace,
  type Participant,
  type Workspace,
  workspaceProblem,
} from '../../../../src/shared/domain/workspace';

const NOW = new Date('2026-12-06T09:00:00.000Z');

const PEOPLE: Array<[string, string]> = [
  ['Dana Whitfield', 'Sales'],
  ['Сергей Иванов', 'Sales'],
  ['李明', 'Engineering'],
  ['Aiko Tanaka', 'Engineering'],
  ['Priya Nair', 'Finance'],
];

function team(): Workspace {
  const w = createWorkspace(
    { name: 'Offsite', kind: 'offsite', period: '2027-Q1', organisation: '' },
    'ws-1',
    NOW,
  );
  const participants: Participant[] = PEOPLE.map(([name, department], i) => ({
    id: `person-${i + 1}`,
    name,
    role: '',
    department,
    colour: '#0072b2',
    isFacilitator: false,
    votes: true,
  }));
  return { ...w, participants };
}

const DEPTS = ['Engineering', 'Finance', 'Sales'];
const started = (anonymous = true) =>
  createSupportCheck(team(), { departments: DEPTS, anonymous }, 'sc-1', NOW);

function refusal(edit: () => unknown): string {
  try {
    edit();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the edit was not refused');
}

const rate = (w: Workspace, person: number, own: string, given: GivenSupport[]) =>
  rateSupport(w, 'sc-1', `person-${person}`, own, given);

describe('starting a support matrix', () => {
  it('suggests the cascade’s departments, else the participants’ distinct ones', () => {
    const w = team();
    expect(suggestedDepartments(w)).toEqual(['Sales', 'Engineering', 'Finance']);
    const withCascade = {
      ...w,
      cascade: {
        ...w.cascade,
        departments: [
          { id: 'd1', name: 'Operations', capacity: 10 },
          { id: 'd2', name: 'Marketing', capacity: 10 },
        ],
      },
    };
    expect(suggestedDepartments(withCascade)).toEqual(['Operations', 'Marketing']);
  });

  it('names a department with a single rater as identifiable', () => {
    expect(identifiableDepartments(team(), DEPTS)).toEqual(['Finance']);
  });

  it('starts open and anonymous with the edited list, trimmed', () => {
    const w = createSupportCheck(team(), { departments: [' Sales ', 'Legal', ''] }, 'sc-1', NOW);
    expect(w.supportChecks[0]).toMatchObject({
      status: 'open',
      anonymous: true,
      departments: ['Sales', 'Legal'],
      title: 'Department support matrix',
    });
    expect(workspaceProblem(w)).toBeNull();
  });

  it('refuses fewer than two departments or one listed twice, changing nothing', () => {
    const w = team();
    expect(refusal(() => createSupportCheck(w, { departments: ['Sales'] }, 'x', NOW))).toMatch(
      /at least two departments/,
    );
    expect(refusal(() => createSupportCheck(w, { departments: ['Sales', 'sales '] }, 'x', NOW))).toBe(
      '“sales” is listed twice: keep it once.',
    );
    expect(w.supportChecks).toEqual([]);
  });
});

describe('rating in private', () => {
  it('stores the rater’s department as receiver and the rated one as giver, with no person when anonymous', () => {
    const w = rate(started(), 1, 'Sales', [
      { giver: 'Engineering', score: 2 },
      { giver: 'Finance', score: 4 },
    ]);
    const check = w.supportChecks[0]!;
    expect(check.answeredBy).toEqual(['person-1']);
    expect(check.ratings).toEqual([
      { receiver: 'Sales', giver: 'Engineering', score: 2 },
      { receiver: 'Sales', giver: 'Finance', score: 4 },
    ]);
    expect(encodeWorkspace(w)).not.toContain('"participantId"');
  });

  it('keeps who rated with each rating on a named check', () => {
    const w = rate(started(false), 3, 'Engineering', [{ giver: 'Sales', score: 5 }]);
    expect(w.supportChecks[0]!.ratings).toEqual([
      { receiver: 'Engineering', giver: 'Sales', score: 5, participantId: 'person-3' },
    ]);
    expect(workspaceProblem(w)).toBeNull();
  });

  it('saves the same file whatever order people rated in', () => {
    const a = rate(rate(started(), 1, 'Sales', [{ giver: 'Finance', score: 3 }]), 3, 'Engineering', [
      { giver: 'Sales', score: 1 },
    ]);
    const b = rate(rate(started(), 3, 'Engineering', [{ giver: 'Sales', score: 1 }]), 1, 'Sales', [
      { giver: 'Finance', score: 3 },
    ]);
    expect(encodeWorkspace(a)).toBe(encodeWorkspace(b));
  });

  it('refuses a second rating set, an own-department rating, a bad score or an unknown department', () => {
    const once = rate(started(), 1, 'Sales', [{ giver: 'Finance', score: 3 }]);
    expect(refusal(() => rate(once, 1, 'Sales', [{ giver: 'Finance', score: 4 }]))).toBe(
      'Dana Whitfield has already rated: each person rates once.',
    );
    expect(refusal(() => rate(once, 2, 'Sales', [{ giver: 'Sales', score: 4 }]))).toMatch(
      /your own department is not rated/,
    );
    expect(refusal(() => rate(once, 2, 'Sales', [{ giver: 'Finance', score: 6 }]))).toMatch(
      /1 \(No support\)/,
    );
    expect(refusal(() => rate(once, 2, 'Legal', [{ giver: 'Finance', score: 4 }]))).toBe(
      'Pick your own department from the list.',
    );
    expect(refusal(() => rate(once, 2, 'Sales', []))).toMatch(/at least one other department/);
  });

  it('closes ratings on reveal and refuses to reveal with no ratings', () => {
    expect(refusal(() => revealSupportCheck(started(), 'sc-1'))).toMatch(/Nobody has rated yet/);
    const shown = revealSupportCheck(rate(started(), 1, 'Sales', [{ giver: 'Finance', score: 3 }]), 'sc-1');
    expect(shown.supportChecks[0]!.status).toBe('revealed');
    expect(refusal(() => rate(shown, 2, 'Sales', [{ giver: 'Finance', score: 3 }]))).toMatch(/revealed/);
    expect(deleteSupportCheck(shown, 'sc-1').supportChecks).toEqual([]);
  });
});

describe('the matrix from the stored ratings', () => {
  /**
   * Sales raters: Dana rates Engineering 2, Finance 4; Сергей rates Engineering 4, Finance 5.
   * Engineering raters: 李明 rates Sales 5, Finance 3; Aiko rates Sales 4.
   * Finance: Priya rates Sales 1, Engineering 3.
   *
   * Support flows from the rated department (giver) to the rater's (receiver):
   *   Engineering → Sales = (2 + 4) / 2 = 3.0, n 2      Finance → Sales = (4 + 5) / 2 = 4.5, n 2
   *   Sales → Engineering = (5 + 4) / 2 = 4.5, n 2      Finance → Engineering = 3, n 1
   *   Sales → Finance = 1, n 1                           Engineering → Finance = 3, n 1
   * Average of the six cell means = (3 + 4.5 + 4.5 + 3 + 1 + 3) / 6 = 19 / 6 ≈ 3.17.
   * Pairs: Finance/Sales 4.5 vs 1 → gap 3.5; Engineering/Sales 3 vs 4.5 → gap 1.5;
   *        Engineering/Finance 3 vs 3 → gap 0.
   * Given support: Engineering (3 + 3) / 2 = 3, Finance (4.5 + 3) / 2 = 3.75, Sales (4.5 + 1) / 2 = 2.75.
   */
  function rated(): Workspace {
    let w = started();
    w = rate(w, 1, 'Sales', [
      { giver: 'Engineering', score: 2 },
      { giver: 'Finance', score: 4 },
    ]);
    w = rate(w, 2, 'Sales', [
      { giver: 'Engineering', score: 4 },
      { giver: 'Finance', score: 5 },
    ]);
    w = rate(w, 3, 'Engineering', [
      { giver: 'Sales', score: 5 },
      { giver: 'Finance', score: 3 },
    ]);
    w = rate(w, 4, 'Engineering', [{ giver: 'Sales', score: 4 }]);
    w = rate(w, 5, 'Finance', [
      { giver: 'Sales', score: 1 },
      { giver: 'Engineering', score: 3 },
    ]);
    return w;
  }

  it('reads giver → receiver, as hand-computed', () => {
    const m = supportMatrixOf(rated().supportChecks[0]!);
    const cell = (from: string, to: string) => m.cells.find((c) => c.from === from && c.to === to);
    expect(cell('Engineering', 'Sales')).toEqual({ from: 'Engineering', to: 'Sales', mean: 3, n: 2 });
    expect(cell('Finance', 'Sales')).toMatchObject({ mean: 4.5, n: 2 });
    expect(cell('Sales', 'Engineering')).toMatchObject({ mean: 4.5, n: 2 });
    expect(cell('Sales', 'Finance')).toMatchObject({ mean: 1, n: 1 });
    expect(m.average).toBeCloseTo(19 / 6, 10);
    expect(m.pairs.map((p) => [p.a, p.b, p.gap])).toEqual([
      ['Finance', 'Sales', 3.5],
      ['Engineering', 'Sales', 1.5],
      ['Engineering', 'Finance', 0],
    ]);
    expect(m.leastSupportive).toEqual({ departments: ['Sales'], mean: 2.75 });
    expect(m.sentences[2]).toBe(
      'Finance is rated 4.5 for the support it gives Sales, but Sales only 1.0 for the support it gives back.',
    );
  });

  it('gives a quarter the last revealed check’s matrix, and survives a save and reopen', () => {
    const w = rated();
    expect(latestSupportMatrix(w)).toBeNull();
    const shown = revealSupportCheck(w, 'sc-1');
    const reopened = decodeWorkspace(encodeWorkspace(shown));
    expect(reopened.ok && latestSupportMatrix(reopened.workspace)?.average).toBeCloseTo(19 / 6, 10);
  });
});
