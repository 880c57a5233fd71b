import type { PairwiseCounts } from './pairwise';
import { ballotMidRanks, type Profile } from './profile';

/**
 * Per-item signals of disagreement, and the items most worth discussing.
 *
 * - normalisedSd: the spread of the places people gave the item, divided by the largest
 *   spread possible, (n − 1)/2 (half the room puts it first, half last). 0 = everyone
 *   agrees on its place, about 0.58 = as spread as random rankings, 1 = split to the ends.
 * - entropy: how evenly the item's places are spread over the places it could get, from
 *   0 (one place) to 1; normalised by ln(min(n, people)). A tie shares a voter's weight
 *   evenly over the places the tie spans.
 * - supportOverNext / supportOverPrevious: among the people who ordered the pair, the
 *   share who put the item above its neighbour in the consensus (null at the ends or when
 *   nobody ordered the pair).
 *
 * Reasons, checked in this order:
 * - 'polarised': at least POLARISED_SHARE of the weight puts it in the top third and at
 *   least as much in the bottom third (two camps, not noise); needs 4+ items;
 * - 'split': the room is near 50/50 (within SPLIT_BAND) on it against a neighbour in the
 *   consensus, so the consensus order of the two is a coin toss;
 * - 'spread': normalisedSd of at least SPREAD_THRESHOLD.
 * Contested items are listed by normalisedSd, largest first (ties: consensus place).
 */
export const POLARISED_SHARE = 0.25;
export const SPLIT_BAND = 0.1;
export const SPREAD_THRESHOLD = 0.35;

export type ContestReason = 'polarised' | 'split' | 'spread';

export type ItemContest = {
  candidate: string;
  /** 1-based place in the consensus order. */
  consensusPlace: number;
  meanRank: number;
  rankSd: number;
  normalisedSd: number;
  entropy: number;
  topShare: number;
  bottomShare: number;
  supportOverNext: number | null;
  supportOverPrevious: number | null;
  reason: ContestReason | null;
  score: number;
};

export type ContestedItem = {
  candidate: string;
  reason: ContestReason;
  score: number;
  consensusPlace: number;
};

function support(p: PairwiseCounts, i: number, j: number | undefined): number | null {
  if (j === undefined) return null;
  const over = p.wins[i * p.n + j]!;
  const decided = over + p.wins[j * p.n + i]!;
  return decided === 0 ? null : over / decided;
}

export function contestSignals(
  profile: Profile,
  pairwise: PairwiseCounts,
  consensus: readonly number[],
): ItemContest[] {
  const n = profile.candidates.length;
  const total = profile.totalWeight;
  const mean = new Float64Array(n);
  const square = new Float64Array(n);
  const top = new Float64Array(n);
  const bottom = new Float64Array(n);
  const distribution = new Float64Array(n * n);
  let people = 0;

  for (const ballot of profile.ballots) {
    people += ballot.weight;
    const ranks = ballotMidRanks(ballot);
    const starts: number[] = [];
    let at = 0;
    for (const size of ballot.tierSizes) {
      starts.push(at);
      at += size;
    }
    for (let c = 0; c < n; c++) {
      const r = ranks[c]!;
      mean[c]! += ballot.weight * r;
      square[c]! += ballot.weight * r * r;
      const q = n === 1 ? 0 : (r - 1) / (n - 1);
      if (q <= 1 / 3) top[c]! += ballot.weight;
      if (q >= 2 / 3) bottom[c]! += ballot.weight;
      const tier = ballot.tierOf[c]!;
      const size = ballot.tierSizes[tier]!;
      const first = starts[tier]!;
      for (let place = first; place < first + size; place++)
        distribution[c * n + place]! += ballot.weight / size;
    }
  }

  const entropyScale = Math.log(Math.min(n, people));

  const items: ItemContest[] = consensus.map((c, i) => {
    const meanRank = mean[c]! / total;
    const variance = Math.max(0, square[c]! / total - meanRank * meanRank);
    const rankSd = Math.sqrt(variance);
    const normalisedSd = n < 2 ? 0 : rankSd / ((n - 1) / 2);
    let h = 0;
    for (let k = 0; k < n; k++) {
      const pk = distribution[c * n + k]! / total;
      if (pk > 0) h -= pk * Math.log(pk);
    }
    const entropy = entropyScale > 0 ? Math.min(1, h / entropyScale) : 0;
    const topShare = top[c]! / total;
    const bottomShare = bottom[c]! / total;
    const supportOverNext = support(pairwise, c, consensus[i + 1]);
    const supportOverPrevious = support(pairwise, c, i > 0 ? consensus[i - 1] : undefined);
    const near = (s: number | null) => s !== null && Math.abs(s - 0.5) <= SPLIT_BAND + 1e-12;
    let reason: ContestReason | null = null;
    if (n >= 4 && topShare >= POLARISED_SHARE && bottomShare >= POLARISED_SHARE) reason = 'polarised';
    else if (near(supportOverNext) || near(supportOverPrevious)) reason = 'split';
    else if (normalisedSd >= SPREAD_THRESHOLD) reason = 'spread';
    return {
      candidate: profile.candidates[c]!,
      consensusPlace: i + 1,
      meanRank,
      rankSd,
      normalisedSd,
      entropy,
      topShare,
      bottomShare,
      supportOverNext,
      supportOverPrevious,
      reason,
      score: normalisedSd,
    };
  });
  return items;
}

export function topContested(items: readonly ItemContest[], limit: number): ContestedItem[] {
  return items
    .filter((item): item is ItemContest & { reason: ContestReason } => item.reason !== null)
    .sort((a, b) => b.score - a.score || a.consensusPlace - b.consensusPlace)
    .slice(0, limit)
    .map(({ candidate, reason, score, consensusPlace }) => ({ candidate, reason, score, consensusPlace }));
}
