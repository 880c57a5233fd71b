import type { Cascade } from '../cascade/cascadeSchema';
import { analyzeRound, type RoundAnalysis, type Tiered } from '../ranking';
import { rankingOf } from '../rounds/rankingOf';
import { ballotMidRanks, normaliseRanking, validateCandidates } from '../ranking/profile';
import { tierIndex, tiersByScore } from '../ranking/tiers';
import { tauBOfRanks } from '../translation/agreement';
import { rankingsByDepartment } from '../translation/replyImport';
import type { AcceptedReply } from '../translation/replyFile';
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
 * revealed leadership round to compare with; null when there is none. The same figure as
 * the check's results screen (translation/results.ts): the department's consensus (mean
 * place per priority) against the leadership's order. Only τ-b is computed: the screen's
 * within-department W draws permutations for its p-value, which would cost a series of
 * twelve quarters over 100 ms for a figure the trends do not show.
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
      return readings(leadership, rankingsByDepartment(accepted(check), departments));
    } catch {
      // A reply the engine refuses (a damaged file) gives no figure rather than a made-up one.
      return null;
    }
  }
  return null;
}

/** As translationResults reads each department, τ-b alone. */
function readings(
  leadership: Tiered,
  departments: ReadonlyArray<{ name: string; rankings: readonly Tiered[] }>,
): DepartmentReading[] {
  const items = validateCandidates(leadership.flat());
  const index = new Map(items.map((c, i) => [c, i] as const));
  const leaderPlaces = ballotMidRanks({
    weight: 1,
    ...normaliseRanking(leadership, index, 'The leadership’s order'),
  });
  return departments.map((d) => {
    if (d.rankings.length === 0) return { name: d.name, tauB: null, respondents: 0 };
    const places = d.rankings.map((r, i) =>
      ballotMidRanks({ weight: 1, ...normaliseRanking(r, index, `Reply ${i + 1} from ${d.name}`) }),
    );
    const mean = items.map((_, c) => places.reduce((sum, row) => sum + row[c]!, 0) / places.length);
    const tierOf = tierIndex(tiersByScore(mean, false), items.length);
    return { name: d.name, tauB: tauBOfRanks(leaderPlaces, tierOf), respondents: places.length };
  });
}

/** The leadership round's consensus, restricted to the check's priorities, as translationChecks.ts reads it. */
function leadershipOrder(rounds: readonly Round[], check: TranslationCheck): Tiered | null {
  const round = rounds.find((r) => r.id === check.leadershipRoundId);
  if (!round || round.status !== 'revealed') return null;
  const analysis = analysedForTrends(round);
  if (analysis === null) return null;
  const wanted = new Set(check.itemIds);
  return analysis.consensus.ranking.filter((id) => wanted.has(id));
}

/**
 * Each round analysed once however many figures of a quarter read it: the translation check
 * usually compares with the very round whose W the trends show, and the consensus of 10
 * items is most of a quarter's cost. Keyed by the round object, which is never changed in
 * place, so a cached analysis cannot go stale.
 */
const analyses = new WeakMap<Round, RoundAnalysis | null>();

/**
 * A round through the ranking engine with no p-value draws: the trends read W, the contested
 * items and the consensus order, none of which depend on them. Null for a round the engine
 * refuses (no ballots, a damaged file): no figure rather than a made-up one.
 */
export function analysedForTrends(round: Round): RoundAnalysis | null {
  if (analyses.has(round)) return analyses.get(round)!;
  let analysis: RoundAnalysis | null = null;
  try {
    analysis = analyzeRound({
      candidates: round.itemIds,
      ballots: round.ballots.map((b) => ({ voterId: b.participantId, ranking: rankingOf(round, b.content) })),
      options: { permutations: 0 },
    });
  } catch {
    analysis = null;
  }
  analyses.set(round, analysis);
  return analysis;
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
