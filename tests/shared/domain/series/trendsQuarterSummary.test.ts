import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkpointResults,
  BUILT_IN_CHECKPOINT_QUESTIONS,
  supportMatrix,
} from '../../../../src/shared/domain/alignment';
import {
  answerCheckpoint,
  checkpointResultsOf,
  createCheckpoint,
  revealCheckpoint,
} from '../../../../src/shared/domain/alignment/checkpointEdits';
import { isDomainError } from '../../../../src/shared/domain/domainError';
import { summarizeQuarter } from '../../../../src/shared/domain/series/quarterSummary';
import { summarizeQuarterFromJson } from '../../../../src/shared/domain/series/quarterSummaryJson';
import { encodeWorkspace, type AgendaBlock, type Workspace } from '../../../../src/shared/domain/workspace';
import { validQbrWorkspace } from '../../../support/qbrWorkspace';

const MINUTE = 60_000;

function block(id: string, priorityIds: string[], minutesSpent: number): AgendaBlock {
  return {
    id,
    dayId: 'day-1',
    title: `Block ${id}`,
    kind: 'discussion',
    minutes: 60,
    minMinutes: 60,
    fixedStart: null,
    roundId: null,
    priorityIds,
    sectionId: null,
    spentMs: minutesSpent * MINUTE,
    done: minutesSpent > 0,
  };
}

/**
 * The QBR fixture: five voters ranked six priorities, three of them committed (Launch EU
 * effort 7, onboarding 4, SOC 2 5), four commitments graded done, partly, missed, done.
 * Here onboarding is moved to Next and SOC 2 to Later, and the agenda records time.
 */
function quarter(): Workspace {
  const w = validQbrWorkspace();
  const horizon = { pr2: 'next', pr3: 'later' } as const;
  return {
    ...w,
    priorities: w.priorities.map((p) => ({
      ...p,
      horizon: horizon[p.id as keyof typeof horizon] ?? p.horizon,
    })),
    agenda: {
      ...w.agenda,
      blocks: [
        // The round finds pr4, pr6 and pr5 contested (spread, split, split).
        block('b1', ['pr4', 'pr6'], 30), // about two contested items: counts once
        block('b2', ['pr1'], 20), // not contested
        block('b3', ['pr5'], 15),
        block('b4', [], 10),
      ],
    },
  };
}

describe('a quarter summed up for the trends', () => {
  it('gives the final round’s W, committed effort by horizon, completion and contested minutes', () => {
    const summary = summarizeQuarter(quarter());
    expect(summary.label).toBe('Q1 2027');
    // Rank sums over the five ballots: pr1 7, pr2 11, pr3 16, pr4 19, pr5 26, pr6 26 (mean 17.5);
    // S = 10.5² + 6.5² + 1.5² + 1.5² + 8.5² + 8.5² = 301.5; W = 12·301.5 / (5²·(6³ − 6)) = 3618 / 5250.
    expect(summary.rankingAgreement?.w).toBeCloseTo(3618 / 5250, 12);
    expect(summary.rankingAgreement?.voters).toBe(5);
    expect(summary.committedEffort).toEqual({ now: 7, next: 4, later: 5 });
    // done 1 + partly ½ + missed 0 + done 1 = 2.5 of 4 graded = 62.5 %.
    expect(summary.commitmentCompletion).toEqual({ percent: 62.5, graded: 4 });
    // b1 30 min (pr4 and pr6, once) + b3 15 min (pr5) = 45; b2 and b4 are about nothing contested.
    expect(summary.contestedMinutes).toBe(45);
    expect(summary.checkpoint).toBeNull();
    expect(summary.supportAverage).toBeNull();
  });

  it('says missing rather than 0 when the quarter has no revealed round, no grades and no time', () => {
    const w = validQbrWorkspace();
    const bare: Workspace = {
      ...w,
      rounds: w.rounds.map((r) => ({ ...r, status: 'open', revealedAt: null })),
      priorities: w.priorities.map((p) => ({ ...p, status: 'candidate' })),
      deck: null,
    };
    expect(summarizeQuarter(bare)).toMatchObject({
      rankingAgreement: null,
      committedEffort: null,
      commitmentCompletion: null,
      contestedMinutes: null,
    });
  });

  it('gives no agreement for a round of one ballot, which can only agree with itself', () => {
    const w = quarter();
    const alone = { ...w, rounds: w.rounds.map((r) => ({ ...r, ballots: r.ballots.slice(0, 1) })) };
    expect(summarizeQuarter(alone)).toMatchObject({ rankingAgreement: null, contestedMinutes: null });
    const two = { ...w, rounds: w.rounds.map((r) => ({ ...r, ballots: r.ballots.slice(0, 2) })) };
    // Ballots 1 and 2 give rank sums 3, 3, 6, 9, 9, 12 (mean 7): S = 16+16+1+4+4+25 = 66,
    // W = 12·66 / (2²·210) = 792 / 840.
    expect(summarizeQuarter(two).rankingAgreement?.w).toBeCloseTo(792 / 840, 12);
  });

  it('takes the checkpoint and support results when they are known', () => {
    const checkpoint = checkpointResults(BUILT_IN_CHECKPOINT_QUESTIONS, [
      { questionId: 'same-message', score: 4, comment: 'Private note' },
    ]);
    const support = supportMatrix([{ fromDepartment: 'Sales', toDepartment: 'Finance', score: 3 }]);
    const summary = summarizeQuarter(quarter(), { checkpoint, support });
    expect(summary.supportAverage).toBe(3);
    expect(summary.checkpoint?.find((q) => q.questionId === 'same-message')).toMatchObject({
      counts: [0, 0, 0, 1, 0],
      n: 1,
      mean: 4,
    });
    // The trends keep figures only: no comment travels into a series.
    expect(JSON.stringify(summary)).not.toContain('Private note');
  });
});

describe('a quarter read straight from its file', () => {
  it('gives the same summary as the decoded workspace', () => {
    const w = quarter();
    expect(summarizeQuarterFromJson(encodeWorkspace(w))).toEqual(summarizeQuarter(w));
  });

  it('reads an old file through the migrations and a newer one for the fields it knows', () => {
    const v1 = readFileSync('tests/fixtures/workspace/v1.json', 'utf8');
    expect(summarizeQuarterFromJson(v1).rankingAgreement).toBeNull();
    const newer = { ...JSON.parse(encodeWorkspace(quarter())), schemaVersion: 99, somethingNew: [1, 2] };
    expect(summarizeQuarterFromJson(JSON.stringify(newer)).commitmentCompletion?.percent).toBe(62.5);
  });

  it('refuses damaged or hostile text with a DomainError a person can read', () => {
    const good = JSON.parse(encodeWorkspace(quarter()));
    const bad = [
      '{"schemaVersion": 5, "name": "Cut o',
      '[]',
      '{"name": "No version"}',
      JSON.stringify({ ...good, priorities: [{ ...good.priorities[0], effort: 'lots' }] }),
      JSON.stringify({ ...good, deck: { sections: 'none' } }),
      '{"schemaVersion": 5, "__proto__": {"polluted": true}}',
      '['.repeat(100) + ']'.repeat(100),
    ];
    for (const text of bad) {
      let error: unknown;
      try {
        summarizeQuarterFromJson(text);
      } catch (e) {
        error = e;
      }
      expect(isDomainError(error) && error.code, text.slice(0, 40)).toBe('QUARTER_UNREADABLE');
      expect((error as Error).message).toMatch(
        /^This quarter’s workspace file cannot be read for the trends: /,
      );
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives no agreement for a damaged round rather than failing the whole quarter', () => {
    const good = JSON.parse(encodeWorkspace(quarter()));
    const round = good.rounds[0];
    const repeated = { ...round, ballots: [...round.ballots, round.ballots[0]] };
    const summary = summarizeQuarterFromJson(JSON.stringify({ ...good, rounds: [repeated] }));
    expect(summary.rankingAgreement).toBeNull();
    expect(summary.commitmentCompletion?.percent).toBe(62.5);
  });

  it('a quarter’s last revealed checkpoint gives its figures, read alike from the workspace and from its file', () => {
    let w = quarter();
    w = createCheckpoint(w, {}, 'cp-1', new Date('2027-01-15T09:00:00Z'));
    w.participants.slice(0, 4).forEach((p, i) => {
      w = answerCheckpoint(w, 'cp-1', p.id, [
        { questionId: BUILT_IN_CHECKPOINT_QUESTIONS[0]!.id, score: i < 2 ? 1 : 5 },
      ]);
    });
    // An open checkpoint counts for nothing yet.
    expect(summarizeQuarter(w).checkpoint).toBeNull();
    w = revealCheckpoint(w, 'cp-1');
    const fromWorkspace = summarizeQuarter(w).checkpoint;
    const expected = checkpointResultsOf(w.checkpoints[0]!);
    expect(fromWorkspace?.find((q) => q.questionId === BUILT_IN_CHECKPOINT_QUESTIONS[0]!.id)?.counts).toEqual(
      [2, 0, 0, 0, 2],
    );
    expect(fromWorkspace?.map((q) => q.questionId)).toEqual(expected.map((q) => q.questionId));
    expect(summarizeQuarterFromJson(encodeWorkspace(w)).checkpoint).toEqual(fromWorkspace);
  });
});
