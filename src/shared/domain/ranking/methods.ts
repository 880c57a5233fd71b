import { bordaScores, meanRankScores } from './borda';
import { copelandScores } from './copeland';
import { kemeny, type KemenyOptions, type KemenyOutcome } from './kemeny';
import type { PairwiseCounts } from './pairwise';
import type { Profile } from './profile';
import { rankedPairs } from './rankedPairs';
import { schulze } from './schulze';
import { scoreRecord, tierNames, tiersByScore } from './tiers';
import type { AggregateResult, Method } from './types';

/**
 * Runs the aggregation methods on one profile, each at most once, sharing the pairwise
 * table and the intermediate orders (Borda feeds the Ranked Pairs tie-break; Borda,
 * Copeland and Schulze seed the Kemeny search when it cannot be exact).
 */
export class MethodRunner {
  private cache = new Map<Method, { tiers: number[][]; scores?: Float64Array }>();
  private kemenyOutcome: KemenyOutcome | undefined;

  constructor(
    readonly profile: Profile | null,
    readonly pairwise: PairwiseCounts,
    readonly candidates: readonly string[],
    private readonly kemenyOptions: KemenyOptions = {},
  ) {}

  tiers(method: Method): number[][] {
    return this.run(method).tiers;
  }

  result(method: Method): AggregateResult {
    const { tiers, scores } = this.run(method);
    const order = tierNames(tiers, this.candidates);
    return scores === undefined ? { order } : { order, scores: scoreRecord(scores, this.candidates) };
  }

  kemenyDetails(): KemenyOutcome {
    this.run('kemeny');
    return this.kemenyOutcome!;
  }

  /** A strict order from a method's tiers (ties in input order): a start or tie-break order. */
  linear(method: Method): number[] {
    return this.tiers(method).flat();
  }

  private run(method: Method): { tiers: number[][]; scores?: Float64Array } {
    const cached = this.cache.get(method);
    if (cached !== undefined) return cached;
    const computed = this.compute(method);
    this.cache.set(method, computed);
    return computed;
  }

  private compute(method: Method): { tiers: number[][]; scores?: Float64Array } {
    switch (method) {
      case 'borda': {
        const scores = this.profile !== null ? bordaScores(this.profile) : bordaFromPairwise(this.pairwise);
        return { tiers: tiersByScore(scores, true), scores };
      }
      case 'mean-rank': {
        if (this.profile === null) throw new Error('mean rank needs ballots, not only pairwise counts');
        const { sums, means } = meanRankScores(this.profile);
        return { tiers: tiersByScore(sums, false), scores: means };
      }
      case 'copeland': {
        const scores = copelandScores(this.pairwise);
        return { tiers: tiersByScore(scores, true), scores };
      }
      case 'schulze': {
        const { tiers, beaten } = schulze(this.pairwise);
        return { tiers, scores: beaten };
      }
      case 'ranked-pairs':
        return { tiers: rankedPairs(this.pairwise, this.linear('borda')) };
      case 'kemeny': {
        const outcome = kemeny(
          this.pairwise,
          () => [this.linear('borda'), this.linear('copeland'), this.linear('schulze')],
          this.kemenyOptions,
        );
        this.kemenyOutcome = outcome;
        return { tiers: outcome.tiers };
      }
    }
  }
}

/**
 * Borda from pairwise counts alone (pairwise-judgement rounds): one point per head-to-head
 * preference, half a point per judgement of "equal" or pair left unjudged. For full
 * ballots this equals the ballot Borda count.
 */
export function bordaFromPairwise(p: PairwiseCounts): Float64Array {
  const { n, wins, total } = p;
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const a = wins[i * n + j]!;
      scores[i]! += a + 0.5 * (total - a - wins[j * n + i]!);
    }
  }
  return scores;
}
