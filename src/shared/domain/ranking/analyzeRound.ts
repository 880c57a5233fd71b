import { AGREEMENT_BANDS, agreementLabel, type AgreementLabel } from './agreementLabel';
import { describeCondorcet, type CondorcetResult } from './condorcet';
import { contestSignals, topContested, type ContestedItem, type ItemContest } from './contest';
import { convergence, type Convergence, type RoundSnapshot } from './convergence';
import { midRankFootrule, normalisedFootrule, normalisedTau, tieredTauDistance } from './distance';
import { RankingInputError } from './errors';
import type { KemenyOptions } from './kemeny';
import { kendallW, type KendallWResult } from './kendallW';
import { MethodRunner } from './methods';
import { pairwiseFromProfile, toMajorityMatrix, type MajorityMatrix } from './pairwise';
import { ballotMidRanks, buildProfile, validateCandidates, type Profile } from './profile';
import { comparePlaces, type PlaceComparison } from './robustness';
import { meanSpearman } from './spearman';
import { tierIndex, tierNames } from './tiers';
import { METHODS, type AggregateResult, type CandidateLabels, type Method, type Tiered } from './types';
import { isList } from './inputChecks';
import { kemenyNote } from './resultWording';
import { campOrder, findCamps } from './camps';
import {
  certainties,
  placeRanges,
  verdict,
  type Certainty,
  type PlaceRange,
  type Verdict,
} from './resultReading';

export type RoundBallot = { voterId: string; voterName?: string; ranking: Tiered };

export type RoundOptions = KemenyOptions & {
  /** The method whose order is "the" consensus (default 'kemeny'). */
  consensus?: Method;
  /** How many contested items to list first (default 3). */
  topContested?: number;
  /** Monte Carlo draws and seed for the permutation p-value (fewer than 8 items). */
  permutations?: number;
  seed?: number;
  /** Display names for the candidate strings, used in error messages. */
  candidateLabels?: CandidateLabels;
};

export type RoundInput = {
  candidates: string[];
  ballots: RoundBallot[];
  /** The same question asked earlier; gives `convergence`. */
  previous?: { candidates: string[]; ballots: RoundBallot[] };
  options?: RoundOptions;
};

export type KemenySummary = {
  exact: boolean;
  optimalCount: number | null;
  optimalOrders: string[][];
  disagreement: number;
  agreement: number;
  lowerBound: number;
  componentSizes: number[];
  note: string;
};

export type Agreement = Omit<KendallWResult, 'raters' | 'items'> & {
  label: AgreementLabel;
  meaning: string;
  meanSpearman: number | null;
  /** p < 0.05: the agreement is unlikely to be chance. */
  significant: boolean;
};

export type ParticipantDistance = {
  voterId: string;
  name: string;
  /** Normalised Kendall tau distance to the consensus, 0 = same order, 1 = reversed (ties count ½). */
  tauDistance: number;
  /** Normalised Spearman footrule (mid-ranks) to the consensus, 0–1. */
  footrule: number;
  /** Raw tau distance: pairs ordered against the consensus (ties count ½). */
  discordantPairs: number;
};

/** A group of voters who agree among themselves and not with the rest of the room. */
export type Camp = {
  voterIds: string[];
  names: string[];
  /** Mean agreement between two members (1 = same order). */
  agreementWithin: number;
  /** The camp's own first three items, by its members' average places. */
  top: string[];
};

export type RoundAnalysis = {
  candidates: string[];
  voters: Array<{ voterId: string; name: string }>;
  /**
   * `ranking` is the order shown: for Kemeny, among all optimal orders the one closest to
   * the items' average places (a stated rule, never the order items were typed).
   * `order` keeps the tiers of items the optimal orders arrange differently.
   */
  consensus: { method: Method; order: string[][]; ranking: string[] };
  /** The shown order with every place each item takes across the optimal orders. */
  ranges: PlaceRange[];
  /** Every voter orders these pairs the same way (only among items whose ranges overlap). */
  certainties: Certainty[];
  camps: { camps: Camp[]; agreementBetween: number | null };
  /** The headline: never contradicts the ranges or the camps. */
  verdict: Verdict;
  kemeny: KemenySummary;
  methods: Record<Method, AggregateResult>;
  /** Consensus, Borda and Schulze side by side, place by place. */
  places: PlaceComparison[];
  majority: MajorityMatrix;
  condorcet: CondorcetResult;
  agreement: Agreement;
  participants: ParticipantDistance[];
  /** matrix[i][j] = 1 − normalised tau distance between voters i and j (1 = same order). */
  participantAgreement: { voterIds: string[]; matrix: number[][] };
  items: ItemContest[];
  topContested: ContestedItem[];
  convergence: Convergence | null;
};

function checkVoters(ballots: readonly RoundBallot[]): Array<{ voterId: string; name: string }> {
  const seen = new Set<string>();
  return ballots.map((ballot, i) => {
    const voterId = ballot?.voterId;
    if (typeof voterId !== 'string' || voterId.trim().length === 0) {
      throw new RankingInputError('EMPTY_VOTER_ID', `Ballot ${i + 1} does not say who cast it.`);
    }
    const name =
      typeof ballot.voterName === 'string' && ballot.voterName.length > 0 ? ballot.voterName : voterId;
    if (seen.has(voterId)) {
      throw new RankingInputError('DUPLICATE_VOTER', `${name} has two ballots in this round; keep one.`);
    }
    seen.add(voterId);
    return { voterId, name };
  });
}

type Analysed = { analysis: RoundAnalysis; snapshot: RoundSnapshot };

/** 0-based place spans of a tiered order: a tie spans all the places of its tier. */
function tierSpans(tiers: readonly number[][], n: number): Array<[number, number]> {
  const spans = new Array<[number, number]>(n);
  let start = 0;
  for (const tier of tiers) {
    for (const c of tier) spans[c] = [start, start + tier.length - 1];
    start += tier.length;
  }
  return spans;
}

function analyse(candidates: string[], ballots: RoundBallot[], options: RoundOptions): Analysed {
  // The item list is checked before the ballots, so its problems are reported first.
  validateCandidates(candidates, options.candidateLabels);
  if (!isList(ballots) || ballots.length === 0) {
    throw new RankingInputError(
      'NO_BALLOTS',
      'No one has voted in this round yet, so there is nothing to rank.',
    );
  }
  const voters = checkVoters(ballots);
  const profile: Profile = buildProfile(
    candidates,
    ballots.map((b, i) => ({ ranking: b.ranking, voterName: voters[i]!.name })),
    options.candidateLabels,
  );
  const consensusMethod = options.consensus ?? 'kemeny';
  if (!METHODS.includes(consensusMethod)) {
    throw new RankingInputError('INVALID_OPTION', `“${String(consensusMethod)}” is not a ranking method.`);
  }
  const names = profile.candidates;
  const n = names.length;
  const pairwise = pairwiseFromProfile(profile);
  const runner = new MethodRunner(profile, pairwise, names, options);

  const methods = Object.fromEntries(METHODS.map((m) => [m, runner.result(m)] as const)) as Record<
    Method,
    AggregateResult
  >;
  const k = runner.kemenyDetails();
  const kemenySummary: KemenySummary = {
    exact: k.exact,
    optimalCount: k.optimalCount,
    optimalOrders: k.optimalOrders.map((order) => order.map((c) => names[c]!)),
    disagreement: k.disagreement,
    agreement: k.agreement,
    lowerBound: k.lowerBound,
    componentSizes: k.componentSizes,
    note: '',
  };
  kemenySummary.note = kemenyNote(kemenySummary);

  const consensusTiers = runner.tiers(consensusMethod);
  const consensusRanking = consensusMethod === 'kemeny' ? k.representative : consensusTiers.flat();
  const placeSpans = consensusMethod === 'kemeny' ? k.ranges : tierSpans(consensusTiers, n);
  const consensusTierOf = tierIndex(consensusTiers, n);
  const consensusMidRanks = new Float64Array(n);
  let start = 1;
  for (const tier of consensusTiers) {
    for (const c of tier) consensusMidRanks[c] = start + (tier.length - 1) / 2;
    start += tier.length;
  }

  const rows = profile.ballots.map(ballotMidRanks);
  const w = kendallW(
    rows.map((r) => Array.from(r)),
    { tieCorrection: true, permutations: options.permutations, seed: options.seed },
  );
  const label = agreementLabel(w.w);
  const agreement: Agreement = {
    w: w.w,
    chiSquare: w.chiSquare,
    df: w.df,
    p: w.p,
    pChiSquare: w.pChiSquare,
    pMethod: w.pMethod,
    permutations: w.permutations,
    label,
    meaning: AGREEMENT_BANDS.find((band) => band.label === label)!.meaning,
    meanSpearman: meanSpearman(rows).mean,
    significant: w.p < 0.05,
  };

  const participants: ParticipantDistance[] = profile.ballots.map((ballot, i) => {
    const discordantPairs = tieredTauDistance(ballot.tierOf, consensusTierOf);
    return {
      ...voters[i]!,
      tauDistance: normalisedTau(discordantPairs, n),
      footrule: normalisedFootrule(midRankFootrule(rows[i]!, consensusMidRanks), n),
      discordantPairs,
    };
  });

  const matrix = profile.ballots.map((a) =>
    profile.ballots.map((b) => 1 - normalisedTau(tieredTauDistance(a.tierOf, b.tierOf), n)),
  );
  const items = contestSignals(profile, pairwise, consensusRanking);
  const ranges = placeRanges(consensusRanking, placeSpans, pairwise, names);
  const split = findCamps(matrix);
  const camps: Camp[] = (split?.groups ?? []).map((group, g) => ({
    voterIds: group.map((v) => voters[v]!.voterId),
    names: group.map((v) => voters[v]!.name),
    agreementWithin: split!.within[g]!,
    top: campOrder(group, rows)
      .slice(0, 3)
      .map((c) => names[c]!),
  }));

  const analysis: RoundAnalysis = {
    candidates: names.slice(),
    voters,
    consensus: {
      method: consensusMethod,
      order: tierNames(consensusTiers, names),
      ranking: consensusRanking.map((c) => names[c]!),
    },
    ranges,
    certainties: certainties(ranges, pairwise, new Map(names.map((name, c) => [name, c] as const))),
    camps: { camps, agreementBetween: split?.between ?? null },
    verdict: verdict(label, ranges, camps.length, consensusMethod !== 'kemeny' || k.exact),
    kemeny: kemenySummary,
    methods,
    places: comparePlaces(
      { [consensusMethod]: consensusTiers, borda: runner.tiers('borda'), schulze: runner.tiers('schulze') },
      names,
    ),
    majority: toMajorityMatrix(pairwise, names),
    condorcet: describeCondorcet(pairwise, names),
    agreement,
    participants,
    participantAgreement: { voterIds: voters.map((v) => v.voterId), matrix },
    items,
    topContested: topContested(items, options.topContested ?? 3),
    convergence: null,
  };

  const byName = (vector: ArrayLike<number>) => new Map(names.map((name, c) => [name, vector[c]!] as const));
  const snapshot: RoundSnapshot = {
    candidates: names,
    w: w.w,
    label,
    consensusTiers: byName(consensusTierOf),
    ballots: new Map(
      profile.ballots.map((ballot, i) => [
        voters[i]!.voterId,
        { name: voters[i]!.name, tierOf: byName(ballot.tierOf), distance: participants[i]!.tauDistance },
      ]),
    ),
    contested: new Set(items.filter((item) => item.reason !== null).map((item) => item.candidate)),
  };
  return { analysis, snapshot };
}

/**
 * Everything the results screen shows for one ranking round: the consensus and the
 * other methods side by side, where they agree, the majority matrix and Condorcet
 * outcome, how aligned the team is, who sits where relative to the group, which items
 * to discuss first, and, given the previous round, what changed.
 */
export function analyzeRound(input: RoundInput): RoundAnalysis {
  const options = input.options ?? {};
  const current = analyse(input.candidates, input.ballots, options);
  if (input.previous === undefined) return current.analysis;
  let previous: Analysed;
  try {
    previous = analyse(input.previous.candidates, input.previous.ballots, options);
  } catch (error) {
    if (error instanceof RankingInputError) {
      throw new RankingInputError(error.code, `In the previous round: ${error.message}`);
    }
    throw error;
  }
  return { ...current.analysis, convergence: convergence(previous.snapshot, current.snapshot) };
}
