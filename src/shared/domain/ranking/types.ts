/**
 * A ballot's order, best first. A string is a place of its own; an inner array is a
 * tie (those items share a place). Items a ballot leaves out are tied below every
 * item it lists, so a partial ballot still says "these matter more than the rest".
 */
export type Tiered = Array<string | string[]>;

/** One ballot; `count` stands for that many identical ballots (whole number, at least 1). */
export type Ballot = { ranking: Tiered; count?: number };

export type Method = 'borda' | 'mean-rank' | 'copeland' | 'schulze' | 'ranked-pairs' | 'kemeny';

export const METHODS: readonly Method[] = [
  'borda',
  'mean-rank',
  'copeland',
  'schulze',
  'ranked-pairs',
  'kemeny',
];

/**
 * A group order as tiers, best first: items in one tier are tied. `scores` are there
 * for the methods that have them (Borda points, mean rank, Copeland wins, Schulze
 * number of items beaten).
 */
export type AggregateResult = { order: string[][]; scores?: Record<string, number> };

/** Optional display names for messages and sentences, keyed by the candidate string. */
export type CandidateLabels = Readonly<Record<string, string>>;
