import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  nextQuarter,
  SeriesError,
  setAgreedMessages,
  setSuccessDefinition,
} from '../../../../src/shared/domain/series';
import {
  decodeWorkspace,
  encodeWorkspace,
  Workspace,
  type ActionItem,
  type Priority,
} from '../../../../src/shared/domain/workspace';
import { idsOf } from './seriesIds';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/workspace');
const NOW = new Date('2027-03-30T09:00:00.000Z');

/** The format 5 fixture as today's app opens it: the Q4 2026 offsite. */
function q4FromV5(): Workspace {
  const decoded = decodeWorkspace(readFileSync(join(FIXTURES, 'v5.json'), 'utf8'));
  if (!decoded.ok) throw new Error(decoded.message);
  expect(decoded.fromVersion).toBe(5);
  return decoded.workspace;
}

function counter(prefix = 'n'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

const input = (over: Partial<Parameters<typeof nextQuarter>[1]> = {}) => ({
  name: 'Q1 2027 Leadership Offsite',
  period: '2027-Q1',
  quarterLabel: '2027 Q1',
  now: NOW,
  newId: counter(),
  previousFolder: '/Users/lena/Offsite/Q4 2026',
  ...over,
});

const priority = (over: Partial<Priority> & { id: string; title: string }): Priority => ({
  description: '',
  owner: '',
  department: '',
  impact: 5,
  effort: 5,
  horizon: 'now',
  status: 'candidate',
  scores: {},
  ...over,
});

const action = (id: string, status: ActionItem['status']): ActionItem => ({
  id,
  text: `Action ${id}`,
  owner: 'Dana',
  due: '',
  status,
  decisionId: null,
});

describe('a workspace of format 5 becomes the previous quarter of a new one', () => {
  const q4 = setAgreedMessages(
    setSuccessDefinition(q4FromV5(), {
      priorityId: 'pr-sso',
      metric: 'Enterprise deals that needed SSO',
      target: '5 closed',
    }),
    ['We win the EU mid-market first.'],
  );
  const { workspace: q1, previous } = nextQuarter(q4, input());

  it('makes a valid workspace and an updated previous quarter that both save and reopen', () => {
    for (const w of [q1, previous]) {
      expect(Workspace.safeParse(w).success).toBe(true);
      const reopened = decodeWorkspace(encodeWorkspace(w));
      expect(reopened.ok && reopened.workspace).toEqual(w);
    }
    expect(q1).toMatchObject({ name: 'Q1 2027 Leadership Offsite', period: '2027-Q1', kind: 'offsite' });
    expect(q1.createdAt).toBe(NOW.toISOString());
  });

  it('links both quarters in one series by workspace id, the folder only a hint', () => {
    expect(q4.series).toBeNull();
    expect(previous.series).toMatchObject({ quarterLabel: '2026-Q4', previous: null });
    expect(q1.series).toEqual({
      seriesId: previous.series!.seriesId,
      quarterLabel: '2027 Q1',
      previous: {
        workspaceId: q4.id,
        name: 'Q4 2026 Leadership Offsite',
        period: '2026-Q4',
        folderHint: '/Users/lena/Offsite/Q4 2026',
      },
    });
    // The rest of the previous quarter is untouched.
    expect({ ...previous, series: null, updatedAt: q4.updatedAt }).toEqual(q4);
  });

  it('carries the same people, under the same ids', () => {
    expect(q1.participants).toEqual(q4.participants);
  });

  it('carries the committed priorities as commitments to grade and as candidates to rank again', () => {
    expect(q1.carriedIn?.commitments.map((c) => [c.title, c.owner, c.grade])).toEqual([
      ['Launch in the EU', 'Lena Ortiz', 'ungraded'],
      ['Enterprise SSO', 'Tom Becker', 'ungraded'],
    ]);
    expect(q1.priorities.map((p) => [p.title, p.status])).toEqual([
      ['Launch in the EU', 'candidate'],
      // The focus is committed by definition, so it stays committed.
      ['Enterprise SSO', 'committed'],
    ]);
    const oldIds = new Set(q4.priorities.map((p) => p.id));
    expect(q1.priorities.some((p) => oldIds.has(p.id))).toBe(false);
    expect(q1.priorities.find((p) => p.id === q1.focusPriorityId)?.title).toBe('Enterprise SSO');
    expect(q1.links.map((l) => [l.from, l.to, l.cost])).toEqual([
      [q1.priorities[0]!.id, q1.priorities[1]!.id, 'SSO slips 6 weeks'],
    ]);
  });

  it('carries the open action items, the parking lot still to come back to, and the KPIs', () => {
    expect(q1.actionItems.map((a) => [a.text, a.status, a.decisionId])).toEqual([
      ['Hire a country manager for Germany', 'open', null],
    ]);
    // Open and carried items come back open; the dropped one stays behind.
    expect(q1.parkingLot.map((p) => [p.text, p.outcome])).toEqual([
      ['Do we need a works council consultation before the EU launch?', 'open'],
      ['Hiring plan for the Lisbon office', 'open'],
    ]);
    expect(q1.parkingLot[0]!.priorityId).toBe(q1.priorities[0]!.id);
    expect(q1.parkingLot[0]!.reason).toContain('Q4 2026 Leadership Offsite');
    expect(q1.carriedIn?.kpiRows).toEqual([
      expect.objectContaining({ metric: 'ARR', unit: '€m', target: 12, prior: 11.4, actual: null }),
    ]);
  });

  it('carries the agreed messages, and last quarter’s success definition to grade', () => {
    expect(q1.agreedMessages).toEqual(['We win the EU mid-market first.']);
    expect(q1.successDefinition).toBeNull();
    expect(q1.carriedIn?.previousSuccess).toEqual({
      title: 'Enterprise SSO',
      metric: 'Enterprise deals that needed SSO',
      target: '5 closed',
      grade: 'ungraded',
    });
    expect(q1.carriedIn).toMatchObject({ fromWorkspaceId: q4.id, fromPeriod: '2026-Q4' });
  });

  it('leaves the day’s work behind: rounds, decisions, the deck, notes, the agenda and its timer', () => {
    expect(q4.rounds.length + q4.decisions.length).toBeGreaterThan(0);
    expect(q4.agenda.blocks.length).toBeGreaterThan(0);
    expect(q1.rounds).toEqual([]);
    expect(q1.decisions).toEqual([]);
    expect(q1.deck).toBeNull();
    expect(q1.speakerNotes).toEqual({});
    expect(q1.agenda.blocks).toEqual([]);
    expect(q1.agenda.run).toMatchObject({ blockId: null, timer: { state: 'idle' } });
    expect(q1.agenda.timeZone).toBe(q4.agenda.timeZone);
    expect(q1.board).toMatchObject({ notes: [], capacity: null, axes: q4.board.axes });
  });

  it('gives every new thing an id no other thing in the new workspace has', () => {
    const ids = idsOf(q1);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the next quarter of a quarter already in a series', () => {
  it('stays in the same series and leaves the previous quarter as it was', () => {
    const first = nextQuarter(q4FromV5(), input());
    const second = nextQuarter(first.workspace, input({ name: 'Q2 2027', period: '2027-Q2' }));
    expect(second.previous).toBe(first.workspace);
    expect(second.workspace.series?.seriesId).toBe(first.workspace.series?.seriesId);
    expect(second.workspace.series?.previous?.workspaceId).toBe(first.workspace.id);
    expect(second.workspace.series?.quarterLabel).toBe('2027 Q1');
  });

  it('names the quarter by its period when no label is given', () => {
    const { workspace } = nextQuarter(q4FromV5(), input({ quarterLabel: undefined }));
    expect(workspace.series?.quarterLabel).toBe('2027-Q1');
  });
});

describe('what a next quarter does not carry', () => {
  const q4 = {
    ...q4FromV5(),
    priorities: [
      priority({ id: 'p-done', title: 'Committed', status: 'committed' }),
      priority({ id: 'p-cand', title: 'Candidate' }),
      priority({ id: 'p-def', title: 'Deferred', status: 'deferred' }),
      priority({ id: 'p-drop', title: 'Dropped', status: 'dropped' }),
    ],
    links: [{ id: 'l1', from: 'p-done', to: 'p-cand', kind: 'depends-on' as const, cost: '' }],
    focusPriorityId: null,
    decisions: [],
    actionItems: [action('a-open', 'open'), action('a-doing', 'in-progress'), action('a-done', 'done')],
    rounds: [],
    deck: null,
  };

  it('leaves uncommitted priorities, links to them, done action items and a missing deck behind', () => {
    const { workspace } = nextQuarter(q4, input());
    expect(Workspace.safeParse(workspace).success).toBe(true);
    expect(workspace.priorities.map((p) => [p.title, p.status])).toEqual([['Committed', 'candidate']]);
    expect(workspace.focusPriorityId).toBeNull();
    expect(workspace.links).toEqual([]);
    expect(workspace.actionItems.map((a) => [a.text, a.status])).toEqual([
      ['Action a-open', 'open'],
      ['Action a-doing', 'in-progress'],
    ]);
    expect(workspace.carriedIn?.kpiRows).toEqual([]);
    expect(workspace.carriedIn?.previousSuccess).toBeNull();
  });

  it('carries a focus that was never committed, committed as the focus is', () => {
    const { workspace } = nextQuarter({ ...q4, focusPriorityId: 'p-cand' }, input());
    expect(workspace.priorities.find((p) => p.id === workspace.focusPriorityId)).toMatchObject({
      title: 'Candidate',
      status: 'committed',
    });
    // Only what was committed is graded as a commitment.
    expect(workspace.carriedIn?.commitments.map((c) => c.title)).toEqual(['Committed']);
  });

  it('drops a success definition whose card is no longer committed', () => {
    const defined = setSuccessDefinition(q4, { priorityId: 'p-done', metric: 'NPS', target: '50' });
    const uncommitted = {
      ...defined,
      priorities: defined.priorities.map((p) =>
        p.id === 'p-done' ? { ...p, status: 'deferred' as const } : p,
      ),
    };
    expect(nextQuarter(defined, input()).workspace.carriedIn?.previousSuccess?.title).toBe('Committed');
    expect(nextQuarter(uncommitted, input()).workspace.carriedIn?.previousSuccess).toBeNull();
  });
});

describe('new ids', () => {
  it('are drawn again when the generator repeats an id already in use', () => {
    const q4 = q4FromV5();
    const used = [q4.id, ...q4.participants.map((p) => p.id)];
    let n = 0;
    const clumsy = () => (n < used.length * 2 ? used[n++ % used.length]! : `fresh-${n++}`);
    const { workspace } = nextQuarter(q4, input({ newId: clumsy }));
    const ids = idsOf(workspace);
    expect(new Set(ids).size).toBe(ids.length);
    expect(workspace.id).not.toBe(q4.id);
    expect(Workspace.safeParse(workspace).success).toBe(true);
  });

  it('refuses, rather than loops, when the generator only repeats itself', () => {
    const q4 = q4FromV5();
    expect(() => nextQuarter(q4, input({ newId: () => 'same' }))).toThrow(SeriesError);
  });
});

describe('what the new quarter is called', () => {
  it('refuses an empty name and over-long period or label, in words for the screen', () => {
    const q4 = q4FromV5();
    expect(() => nextQuarter(q4, input({ name: '   ' }))).toThrow('Give the new quarter a name.');
    expect(() => nextQuarter(q4, input({ period: 'x'.repeat(41) }))).toThrow(/at most 40/);
    expect(() => nextQuarter(q4, input({ quarterLabel: 'x'.repeat(41) }))).toThrow(/at most 40/);
  });
});
