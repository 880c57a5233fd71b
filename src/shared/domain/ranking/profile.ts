import { RankingInputError, ballotOwner, quote } from './errors';
import type { CandidateLabels, Tiered } from './types';
import { isList } from './inputChecks';

/**
 * A ballot turned into numbers: the tier of every candidate (0 = best), with the
 * left-out candidates already placed in one last tier. Everything downstream works
 * on these indices, so no method re-reads names or re-checks input.
 */
export type NormalisedBallot = {
  weight: number;
  /** tierOf[candidateIndex] = tier, 0 = best. */
  tierOf: Int32Array;
  tierSizes: number[];
};

export type Profile = {
  candidates: string[];
  ballots: NormalisedBallot[];
  totalWeight: number;
};

/** What a caller hands over for one ballot; `voterName` only shapes messages. */
export type BallotInput = { ranking: Tiered; count?: number; voterName?: string };

const label = (candidate: string, labels?: CandidateLabels) => quote(labels?.[candidate] ?? candidate);

/** The candidate list must name at least two distinct, non-empty items. */
export function validateCandidates(candidates: readonly unknown[], labels?: CandidateLabels): string[] {
  if (!Array.isArray(candidates) || candidates.length < 2) {
    const count = Array.isArray(candidates) ? candidates.length : 0;
    throw new RankingInputError(
      'TOO_FEW_CANDIDATES',
      `A ranking needs at least two items to compare; this round has ${count}.`,
    );
  }
  const seen = new Set<string>();
  candidates.forEach((candidate, i) => {
    if (typeof candidate !== 'string' || candidate.trim().length === 0) {
      throw new RankingInputError('EMPTY_CANDIDATE_NAME', `Item ${i + 1} in the list has no name.`);
    }
    if (seen.has(candidate)) {
      throw new RankingInputError(
        'DUPLICATE_CANDIDATE',
        `${label(candidate, labels)} appears twice in the list of items; each item can be listed once.`,
      );
    }
    seen.add(candidate);
  });
  return candidates as string[];
}

function checkCount(count: unknown, owner: string): number {
  if (count === undefined) return 1;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
    const shown = typeof count === 'number' || typeof count === 'string' ? String(count) : typeof count;
    throw new RankingInputError(
      'INVALID_COUNT',
      `${owner} has a count of ${shown}; a count must be a whole number of at least 1.`,
    );
  }
  return count;
}

/**
 * Checks one ballot against the candidate list and returns its tiers as indices.
 * Empty tie groups are skipped: they carry no preference.
 */
export function normaliseRanking(
  ranking: unknown,
  index: ReadonlyMap<string, number>,
  owner: string,
  labels?: CandidateLabels,
): { tierOf: Int32Array; tierSizes: number[] } {
  if (!Array.isArray(ranking)) {
    throw new RankingInputError('NOT_A_RANKING', `${owner} is not a ranking (it should be a list of items).`);
  }
  const n = index.size;
  const tierOf = new Int32Array(n).fill(-1);
  const tierSizes: number[] = [];
  for (const entry of ranking as unknown[]) {
    const group: unknown[] = Array.isArray(entry) ? entry : [entry];
    if (group.length === 0) continue;
    const tier = tierSizes.length;
    for (const name of group) {
      const at = typeof name === 'string' ? index.get(name) : undefined;
      if (at === undefined) {
        const what = typeof name === 'string' ? label(name, labels) : 'something';
        throw new RankingInputError(
          'UNKNOWN_CANDIDATE',
          `${owner} mentions ${what}, which is not one of the items in this round.`,
        );
      }
      if (tierOf[at] !== -1) {
        throw new RankingInputError(
          'DUPLICATE_IN_BALLOT',
          `${owner} lists ${label(name as string, labels)} twice.`,
        );
      }
      tierOf[at] = tier;
    }
    tierSizes.push(group.length);
  }
  let unlisted = 0;
  for (let c = 0; c < n; c++) {
    if (tierOf[c] === -1) {
      tierOf[c] = tierSizes.length;
      unlisted++;
    }
  }
  if (unlisted > 0) tierSizes.push(unlisted);
  return { tierOf, tierSizes };
}

/** Validates everything first, then hands back the numeric profile every method uses. */
export function buildProfile(
  candidates: readonly string[],
  ballots: readonly BallotInput[],
  labels?: CandidateLabels,
): Profile {
  const names = validateCandidates(candidates, labels);
  if (!isList(ballots) || ballots.length === 0) {
    throw new RankingInputError(
      'NO_BALLOTS',
      'No one has voted in this round yet, so there is nothing to rank.',
    );
  }
  const index = new Map(names.map((name, i) => [name, i] as const));
  let totalWeight = 0;
  const normalised = ballots.map((ballot, i) => {
    const owner = ballotOwner(ballot?.voterName, i);
    if (ballot === null || typeof ballot !== 'object') {
      throw new RankingInputError('NOT_A_RANKING', `${owner} is empty.`);
    }
    const weight = checkCount(ballot.count, owner);
    totalWeight += weight;
    return { weight, ...normaliseRanking(ballot.ranking, index, owner, labels) };
  });
  return { candidates: names.slice(), ballots: normalised, totalWeight };
}

/**
 * Mid-ranks of one ballot, 1 = best: a tie spanning places 3–5 gives each item 4.
 * This is the convention of Kendall's W and Spearman's ρ with ties.
 */
export function ballotMidRanks(ballot: NormalisedBallot): Float64Array {
  const starts: number[] = [];
  let position = 1;
  for (const size of ballot.tierSizes) {
    starts.push(position + (size - 1) / 2);
    position += size;
  }
  const ranks = new Float64Array(ballot.tierOf.length);
  ballot.tierOf.forEach((tier, c) => {
    ranks[c] = starts[tier] ?? 0;
  });
  return ranks;
}
