import type { Cascade } from '../cascade/cascadeSchema';
import { analyzeRound, type Tiered } from '../ranking';
import { rankingOf } from '../rounds/rankingOf';
import { rankingsByDepartment } from '../translation/replyImport';
import type { AcceptedReply } from '../translation/replyFile';
import { translationResults } from '../translation/results';
import type { TranslationCheck } from '../translation/translationCheckSchema';
import type { Round } from '../workspace';

/** One department's reading of the strategy in a quarter: its τ-b with the leadership's order. */
export type DepartmentReading = {
  name: string;
  /** Null when no one from it replied, or its order ties everything. */
  tauB: number | null;
  respondents: number;
};

export type TranslationSource = {
  rounds: readonly Round[];
  translationChecks?: readonly TranslationCheck[];
  cascade?: { departments: ReadonlyArray<Pick<Cascade['departments'][number], 'id' | 'name'>> };
};

/**
 * Per department, the τ-b of the quarter's last translation check that has replies and a
 * revealed leadership round to compare with; null when there is none. The same figures as
 * the check's results screen (translationCheckResults), read with no p-value draws and no
 * titles, so a series of many quarters stays quick.
 */
export function translationReadings(source: TranslationSource): DepartmentReading[] | null {
  const departments = source.cascade?.departments ?? [];
  const checks = source.translationChecks ?? [];
  for (let i = checks.length - 1; i >= 0; i--) {
    const check = checks[i]!;
    if (check.replies.length === 0) continue;
    const leadership = leadershipOrder(source.rounds, check);
    if (leadership === null) continue;
    try {
      const results = translationResults(leadership, rankingsByDepartment(accepted(check), departments));
      return results.departments.map((d) => ({ name: d.name, tauB: d.tauB, respondents: d.respondents }));
    } catch {
      // A reply the engine refuses (a damaged file) gives no figure rather than a made-up one.
      return null;
    }
  }
  return null;
}

/** The leadership round's consensus, restricted to the check's priorities, as translationChecks.ts reads it. */
function leadershipOrder(rounds: readonly Round[], check: TranslationCheck): Tiered | null {
  const round = rounds.find((r) => r.id === check.leadershipRoundId);
  if (!round || round.status !== 'revealed' || round.ballots.length === 0) return null;
  try {
    const analysis = analyzeRound({
      candidates: round.itemIds,
      ballots: round.ballots.map((b) => ({ voterId: b.participantId, ranking: rankingOf(round, b.content) })),
      // The consensus order does not depend on W's p-value: no Monte Carlo draws for it.
      options: { permutations: 0 },
    });
    const wanted = new Set(check.itemIds);
    return analysis.consensus.ranking.filter((id) => wanted.has(id));
  } catch {
    return null;
  }
}

function accepted(check: TranslationCheck): AcceptedReply[] {
  const ballots = new Map(check.ballots.map((b) => [b.token, b]));
  return check.replies.flatMap((r) => {
    const ballot = ballots.get(r.token);
    if (!ballot) return [];
    return [
      {
        ...r,
        workspaceId: '',
        roundId: check.id,
        departmentId: ballot.departmentId,
        respondent: ballot.respondent,
      },
    ];
  });
}
