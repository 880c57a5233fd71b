/**
 * The ranking engine: group orders, agreement and contested items for leadership
 * rankings. Pure functions of their input; nothing here does I/O. Bad input raises a
 * RankingInputError whose message can be shown to the facilitator as is.
 */
export type { Tiered, Ballot, Method, AggregateResult, CandidateLabels } from './types';
export { METHODS } from './types';
export { RankingInputError, isRankingInputError, type RankingErrorCode } from './errors';

export { aggregate } from './aggregate';
export {
  majorityMatrix,
  condorcetOutcome,
  schulzeStrongestPaths,
  kemenyConsensus,
  rankingDistance,
  type KemenyConsensus,
  type RankingDistance,
} from './ballotQueries';
export type { MajorityMatrix } from './pairwise';
export type { CondorcetResult, Duel } from './condorcet';
export { DEFAULT_KEMENY_EXACT_LIMIT, type KemenyOptions } from './kemeny';
export { KEMENY_HARD_LIMIT } from './kemenyExact';

export {
  kendallW,
  midRanks,
  PERMUTATION_BELOW_ITEMS,
  type KendallWOptions,
  type KendallWResult,
} from './kendallW';
export { MONTE_CARLO_PERMUTATIONS, EXACT_ENUMERATION_LIMIT } from './concordancePermutation';
export { spearmanRho, meanSpearman } from './spearman';
export { kendallTauDistance, spearmanFootrule } from './distance';
export { agreementLabel, AGREEMENT_BANDS, type AgreementLabel } from './agreementLabel';

export {
  analyzeRound,
  type RoundInput,
  type RoundBallot,
  type RoundOptions,
  type RoundAnalysis,
  type Agreement,
  type KemenySummary,
  type ParticipantDistance,
  type Camp,
} from './analyzeRound';
export {
  cutStraddlers,
  movableItems,
  type PlaceRange,
  type Certainty,
  type Verdict,
  type VerdictKind,
} from './resultReading';
export { findCamps, MIN_CAMP_SIZE, MAX_BETWEEN_AGREEMENT, MIN_CAMP_GAP } from './camps';
export {
  METHOD_NAMES,
  CONTEST_EXPLANATIONS,
  formatP,
  placeRangeText,
  listInWords,
  alignmentFactsLine,
  gaugeArc,
  campLines,
  certaintyLines,
  representativeNote,
  kemenyNote,
} from './resultWording';
export type { ItemContest, ContestedItem, ContestReason } from './contest';
export { POLARISED_SHARE, SPLIT_BAND, SPREAD_THRESHOLD } from './contest';
export type { PlaceComparison, PlaceStatus } from './robustness';
export type { Convergence, ParticipantMovement } from './convergence';

export {
  analyzePoints,
  analyzeDots,
  type Allocation,
  type AllocationAnalysis,
  type AllocationItem,
} from './allocation';

export { ahp, ahpGroup, SAATY_RANDOM_INDEX, CONSISTENCY_THRESHOLD, type AhpResult } from './ahp';
export {
  analyzePairwise,
  judgementsToMatrix,
  PAIRWISE_METHODS,
  type PairwiseJudgement,
  type JudgementSet,
  type PairwiseAnalysis,
} from './pairwiseJudgements';
