import { describeCondorcet, type CondorcetResult } from './condorcet';
import { midRankFootrule, normalisedFootrule, normalisedTau, tieredTauDistance } from './distance';
import type { KemenyOptions } from './kemeny';
import { MethodRunner } from './methods';
import { pairwiseFromProfile, toMajorityMatrix, type MajorityMatrix } from './pairwise';
import { ballotMidRanks, buildProfile, normaliseRanking, validateCandidates } from './profile';
import { schulze } from './schulze';
import { tierNames } from './tiers';
import type { Ballot, CandidateLabels, Tiered } from './types';

/**
 * Single-purpose views of a round for callers that need one thing rather than the whole
 * `analyzeRound` result (and for checking the engine against published tables).
 */

export function majorityMatrix(candidates: string[], ballots: Ballot[]): MajorityMatrix {
  const profile = buildProfile(candidates, ballots);
  return toMajorityMatrix(pairwiseFromProfile(profile), profile.candidates);
}

export function condorcetOutcome(candidates: string[], ballots: Ballot[]): CondorcetResult {
  const profile = buildProfile(candidates, ballots);
  return describeCondorcet(pairwiseFromProfile(profile), profile.candidates);
}

/** Schulze's strongest-path strengths p[i][j] (winning votes), as in his worked examples. */
export function schulzeStrongestPaths(candidates: string[], ballots: Ballot[]): number[][] {
  const profile = buildProfile(candidates, ballots);
  const n = profile.candidates.length;
  const { strengths } = schulze(pairwiseFromProfile(profile));
  return Array.from({ length: n }, (_, i) => Array.from(strengths.subarray(i * n, (i + 1) * n)));
}

export type KemenyConsensus = {
  order: string[][];
  ranking: string[];
  exact: boolean;
  optimalCount: number | null;
  optimalOrders: string[][];
  disagreement: number;
  agreement: number;
  lowerBound: number;
  componentSizes: number[];
  /** Bytes of the typed arrays the exact search allocated (largest component). */
  bytes: number;
};

export function kemenyConsensus(
  candidates: string[],
  ballots: Ballot[],
  options: KemenyOptions = {},
): KemenyConsensus {
  const profile = buildProfile(candidates, ballots);
  const names = profile.candidates;
  const outcome = new MethodRunner(profile, pairwiseFromProfile(profile), names, options).kemenyDetails();
  return {
    order: tierNames(outcome.tiers, names),
    ranking: outcome.ranking.map((c) => names[c]!),
    exact: outcome.exact,
    optimalCount: outcome.optimalCount,
    optimalOrders: outcome.optimalOrders.map((order) => order.map((c) => names[c]!)),
    disagreement: outcome.disagreement,
    agreement: outcome.agreement,
    lowerBound: outcome.lowerBound,
    componentSizes: outcome.componentSizes,
    bytes: outcome.bytes,
  };
}

export type RankingDistance = {
  /** Pairs ordered the other way (a pair tied on one side only counts ½). */
  tau: number;
  /** tau / (n(n−1)/2): 0 = same order, 1 = reversed. */
  tauNormalised: number;
  /** Sum of |mid-rank differences|. */
  footrule: number;
  /** footrule / ⌊n²/2⌋. */
  footruleNormalised: number;
};

/** Distance between two rankings with ties (left-out items tie below the listed ones). */
export function rankingDistance(
  candidates: string[],
  a: Tiered,
  b: Tiered,
  labels?: CandidateLabels,
): RankingDistance {
  const names = validateCandidates(candidates, labels);
  const index = new Map(names.map((c, i) => [c, i] as const));
  const first = { weight: 1, ...normaliseRanking(a, index, 'The first ranking', labels) };
  const second = { weight: 1, ...normaliseRanking(b, index, 'The second ranking', labels) };
  const n = names.length;
  const tau = tieredTauDistance(first.tierOf, second.tierOf);
  const footrule = midRankFootrule(ballotMidRanks(first), ballotMidRanks(second));
  return {
    tau,
    tauNormalised: normalisedTau(tau, n),
    footrule,
    footruleNormalised: normalisedFootrule(footrule, n),
  };
}
