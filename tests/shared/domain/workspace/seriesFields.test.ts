import { describe, expect, it } from 'vitest';
import {
  createWorkspace,
  migrate,
  Workspace,
  workspaceProblem,
} from '../../../../src/shared/domain/workspace';

const NOW = new Date('2027-01-10T09:00:00.000Z');
const fresh = () =>
  createWorkspace({ name: 'Q1', kind: 'qbr', period: '2027-Q1', organisation: '' }, 'w-q1', NOW);

const carriedIn = {
  fromWorkspaceId: 'w-q4',
  fromPeriod: '2026-Q4',
  commitments: [{ id: 'c-1', title: 'Launch EU', owner: 'Dana', grade: 'ungraded' as const }],
  previousSuccess: null,
  kpiRows: [],
};

describe('the series fields of a workspace (format 6)', () => {
  it('start empty in a new workspace and in a migrated format 5 one', () => {
    const empty = { series: null, agreedMessages: [], successDefinition: null, carriedIn: null };
    expect(fresh()).toMatchObject(empty);
    const {
      schemaVersion: _,
      series: __,
      agreedMessages: ___,
      successDefinition: ____,
      carriedIn: _____,
      ...v5
    } = fresh();
    const outcome = migrate({ ...v5, schemaVersion: 5 });
    expect(outcome).toMatchObject({ ok: true, fromVersion: 5, migrated: true, doc: empty });
    expect(Workspace.safeParse(outcome.ok ? outcome.doc : null).success).toBe(true);
  });

  it('refuse a quarter linked as its own previous quarter', () => {
    const w = fresh();
    const self = {
      seriesId: 's-1',
      quarterLabel: '2027 Q1',
      previous: { workspaceId: w.id, name: 'Q1', period: '', folderHint: '' },
    };
    expect(workspaceProblem({ ...w, series: self })).toBe(
      'The workspace is linked as its own previous quarter.',
    );
    expect(workspaceProblem({ ...w, carriedIn: { ...carriedIn, fromWorkspaceId: w.id } })).toBe(
      'The workspace carries commitments in from itself.',
    );
  });

  it('refuse a carried commitment whose id another thing already has', () => {
    const w = { ...fresh(), carriedIn };
    expect(Workspace.safeParse(w).success).toBe(true);
    const twice = {
      ...w,
      carriedIn: { ...carriedIn, commitments: [...carriedIn.commitments, ...carriedIn.commitments] },
    };
    expect(workspaceProblem(twice)).toMatch(/share one identifier/);
    const clash = { ...w, agenda: { ...w.agenda, days: [{ ...w.agenda.days[0]!, id: 'c-1' }] } };
    expect(workspaceProblem(clash)).toMatch(/share one identifier/);
  });

  it('refuse a quarter label over 40 characters and an unknown grade', () => {
    const series = { seriesId: 's-1', quarterLabel: 'q'.repeat(41), previous: null };
    expect(Workspace.safeParse({ ...fresh(), series }).success).toBe(false);
    const graded = { ...carriedIn, commitments: [{ ...carriedIn.commitments[0]!, grade: 'great' }] };
    expect(Workspace.safeParse({ ...fresh(), carriedIn: graded }).success).toBe(false);
  });
});
