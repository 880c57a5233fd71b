import { translationCheckResults } from '../../../../src/shared/domain/translation';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkpointResultsOf, supportMatrix } from '../../../../src/shared/domain/alignment';
import { cascadeFlags } from '../../../../src/shared/domain/cascade';
import { CURRENT_SCHEMA_VERSION, decodeWorkspace } from '../../../../src/shared/domain/workspace';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/workspace');
const versions = readdirSync(FIXTURES)
  .map((f) => /^v(\d+)\.json$/.exec(f))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => Number(m[1]));

/**
 * A fixture of every workspace format ever shipped lives in tests/fixtures/workspace/vN.json.
 * Each must open in today's app with every participant, priority and link intact.
 */
describe('workspace files of every earlier format still open', () => {
  it('has a fixture for every format up to the current one', () => {
    expect([...versions].sort((a, b) => a - b)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  for (const version of versions) {
    it(`upgrades the v${version} fixture to v${CURRENT_SCHEMA_VERSION} without losing anything`, () => {
      const text = readFileSync(join(FIXTURES, `v${version}.json`), 'utf8');
      const raw = JSON.parse(text) as {
        participants: unknown[];
        priorities: Array<{ title: string }>;
        links: unknown[];
        rounds?: Array<{ ballots: unknown[] }>;
        decisions?: Array<{ why: string }>;
        actionItems?: unknown[];
        board?: { notes: unknown[]; capacity: number | null };
        deck?: { sections: unknown[] } | null;
        speakerNotes?: Record<string, string>;
        agenda?: { blocks: Array<{ title: string; spentMs: number }>; timeZone: string };
        parkingLot?: Array<{ text: string; outcome: string }>;
        series?: unknown;
        agreedMessages?: string[];
        successDefinition?: unknown;
        carriedIn?: unknown;
        cascade?: unknown;
        checkpoints?: unknown[];
      };
      const decoded = decodeWorkspace(text);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      expect(decoded.fromVersion).toBe(version);
      expect(decoded.workspace.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(decoded.workspace.participants).toHaveLength(raw.participants.length);
      expect(decoded.workspace.priorities.map((p) => p.title)).toEqual(raw.priorities.map((p) => p.title));
      expect(decoded.workspace.links).toHaveLength(raw.links.length);
      const rawRounds: Array<{ ballots: unknown[] }> = raw.rounds ?? [];
      expect(decoded.workspace.rounds.map((r) => r.ballots.length)).toEqual(
        rawRounds.map((r) => r.ballots.length),
      );
      expect(decoded.workspace.decisions.map((d) => d.why)).toEqual((raw.decisions ?? []).map((d) => d.why));
      expect(decoded.workspace.actionItems).toHaveLength(raw.actionItems?.length ?? 0);
      expect(decoded.workspace.board.notes).toHaveLength(raw.board?.notes.length ?? 0);
      expect(decoded.workspace.board.capacity).toBe(raw.board?.capacity ?? null);
      expect(decoded.workspace.deck?.sections.length ?? null).toBe(raw.deck?.sections.length ?? null);
      expect(decoded.workspace.speakerNotes).toEqual(raw.speakerNotes ?? {});
      expect(decoded.workspace.agenda.blocks.map((b) => [b.title, b.spentMs])).toEqual(
        (raw.agenda?.blocks ?? []).map((b) => [b.title, b.spentMs]),
      );
      if (raw.agenda) expect(decoded.workspace.agenda.timeZone).toBe(raw.agenda.timeZone);
      expect(decoded.workspace.parkingLot.map((p) => [p.text, p.outcome])).toEqual(
        (raw.parkingLot ?? []).map((p) => [p.text, p.outcome]),
      );
      // Before format 6 no workspace was in a series: the quarter series fields start empty.
      expect(decoded.workspace.series).toEqual(raw.series ?? null);
      expect(decoded.workspace.agreedMessages).toEqual(raw.agreedMessages ?? []);
      expect(decoded.workspace.successDefinition).toEqual(raw.successDefinition ?? null);
      expect(decoded.workspace.carriedIn).toEqual(raw.carriedIn ?? null);
      // Before format 7 there was no cascade: it starts with no departments and no objectives.
      expect(decoded.workspace.cascade).toEqual(raw.cascade ?? { departments: [], contributions: [] });
      // Before format 8 there were no alignment checkpoints.
      expect(decoded.workspace.checkpoints).toEqual(raw.checkpoints ?? []);
    });
  }

  it('keeps the v6 fixture’s series link, messages, success definition and what was carried in', () => {
    const decoded = decodeWorkspace(readFileSync(join(FIXTURES, 'v6.json'), 'utf8'));
    if (!decoded.ok) throw new Error(decoded.message);
    const w = decoded.workspace;
    expect(w.series?.previous).toMatchObject({
      period: '2026-Q4',
      workspaceId: w.carriedIn?.fromWorkspaceId,
    });
    expect(w.agreedMessages).toHaveLength(2);
    expect(w.priorities.find((p) => p.id === w.successDefinition?.priorityId)?.title).toBe('Enterprise SSO');
    expect(w.carriedIn?.commitments.map((c) => [c.title, c.grade])).toEqual([
      ['Launch in the EU', 'partly'],
      ['Enterprise SSO', 'ungraded'],
    ]);
    expect(w.carriedIn?.kpiRows[0]).toMatchObject({ metric: 'ARR', prior: 11.4, actual: null });
  });

  it('keeps the v7 fixture’s departments and their objectives, and reads its flags from them', () => {
    const decoded = decodeWorkspace(readFileSync(join(FIXTURES, 'v7.json'), 'utf8'));
    if (!decoded.ok) throw new Error(decoded.message);
    const w = decoded.workspace;
    expect(w.cascade.departments.map((d) => [d.name, d.capacity])).toEqual([
      ['Sales', 10],
      ['Engineering', 12],
      ['Finance', 4],
    ]);
    expect(w.cascade.contributions).toHaveLength(6);
    const flags = cascadeFlags({ ...w, ...w.cascade });
    // Finance closes its books for no company priority and has 5 points of work for 4;
    // Sales puts the EU deals ahead of its part of the focus, Enterprise SSO.
    expect(flags.map((f) => [f.kind, f.departmentId])).toEqual([
      ['orphan', 'dep-fin'],
      ['overloaded', 'dep-fin'],
      ['local-optimisation', 'dep-sales'],
    ]);
  });

  it('keeps the v8 fixture’s checkpoints: anonymous answers name nobody, named ones keep their person', () => {
    const decoded = decodeWorkspace(readFileSync(join(FIXTURES, 'v8.json'), 'utf8'));
    if (!decoded.ok) throw new Error(decoded.message);
    const [anonymous, named] = decoded.workspace.checkpoints;
    expect(anonymous!.answers.every((a) => !('participantId' in a))).toBe(true);
    expect(anonymous!.answeredBy).toEqual(['p-dana', 'p-sam']);
    expect(named!.answers[0]!.participantId).toBe('p-dana');
    // Results are derived from the stored answers, the distribution kept; two people are too
    // few to judge agreement, so the questions keep the order they were asked in.
    const results = checkpointResultsOf(anonymous!);
    expect(results.map((r) => [r.questionId, r.label])).toEqual([
      ['same-message', 'too few answers'],
      ['departments-help', 'too few answers'],
      ['shared-success', 'too few answers'],
      ['own-1', 'too few answers'],
    ]);
    expect(results[2]!.counts).toEqual([1, 0, 0, 0, 1]);
    expect(results.at(-1)!.comments).toEqual(['Too early to say.']);
  });

  it('keeps the v9 fixture’s translation check: its ballots, its counted replies, and each department’s reading', () => {
    const decoded = decodeWorkspace(readFileSync(join(FIXTURES, 'v9.json'), 'utf8'));
    if (!decoded.ok) throw new Error(decoded.message);
    const [check] = decoded.workspace.translationChecks;
    expect(check!.ballots.map((b) => [b.departmentId, b.respondent])).toEqual([
      ['dep-sales', 'Ana Silva'],
      ['dep-sales', 'Ben Okoro'],
      ['dep-eng', '王芳'],
    ]);
    expect(check!.replies).toHaveLength(2);
    const results = translationCheckResults(decoded.workspace, check!);
    expect(results?.departments.map((d) => [d.departmentId, d.respondents])).toEqual([
      ['dep-sales', 1],
      ['dep-eng', 1],
      ['dep-fin', 0],
    ]);
  });

  it('keeps the v10 fixture’s written checks, support matrix and translation answers, and reads the matrix', () => {
    const decoded = decodeWorkspace(readFileSync(join(FIXTURES, 'v10.json'), 'utf8'));
    if (!decoded.ok) throw new Error(decoded.message);
    const [messages, success] = decoded.workspace.statementChecks;
    if (messages?.kind !== 'messages') throw new Error('the first check is the same-message check');
    expect(messages.drafts.map((d) => d.messages.length)).toEqual([2, 3]);
    expect(messages.drafts[1]!.messages[1]).toContain('3月から約束できる');
    expect(success!.kind === 'success' && success!.priorityId).toBe('pr-sso');
    expect(success!.drafts.every((d) => d.participantId === undefined)).toBe(true);
    const [check] = decoded.workspace.supportChecks;
    const matrix = supportMatrix(
      check!.ratings.map((r) => ({ fromDepartment: r.giver, toDepartment: r.receiver, score: r.score })),
    );
    expect(matrix.average).toBeCloseTo((4 + 2 + 5 + 3) / 4, 9);
    const [translation] = decoded.workspace.translationChecks;
    expect(translation!.questions.map((q) => q.id)).toEqual(['same-message']);
    expect(translation!.replies.map((r) => r.answers[0]!.score)).toEqual([2, 4]);
    expect(matrix.asymmetric.map((p) => [p.a, p.b, p.aToB, p.bToA])).toEqual([
      ['Engineering', 'Sales', 5, 2],
    ]);
  });
});
