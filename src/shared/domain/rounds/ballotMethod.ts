import type { ZodType } from 'zod';
import type { AllocationAnalysis, Tiered } from '../ranking';
import type { Round } from '../workspace';

/**
 * What one ballot method is, in one place: its stored ballot, how a ballot is checked and
 * read as a ranking, the round settings it uses and what it adds to the results. Every
 * method is one value of this type in `BALLOT_METHOD_SPECS` (ballotMethods.ts).
 */

/** The per-method settings a round stores; every round stores all of them (the saved shape is flat). */
export type RoundSettings = Pick<Round, 'budget' | 'dots' | 'ahpStrength'>;
export type RoundSettingName = keyof RoundSettings;

/** What a method needs of a round to check or read a ballot. */
export type BallotRound = Pick<Round, 'method' | 'itemIds'> & RoundSettings;

export type SettingSpec<V> = {
  /** The value when the facilitator gives none, for a round of `itemCount` items. */
  default: (itemCount: number) => V;
  /**
   * Whether a round of another method still stores the value given. Budgets and dot
   * counts always were kept (a re-vote copies them); a strength question means nothing
   * outside its own method, so it falls back to the default there.
   */
  keptByOtherMethods: boolean;
};

export type GroupAhp = {
  weights: Record<string, number>;
  cr: number;
  consistent: boolean;
  byVoter: Array<{ voterId: string; cr: number }>;
};

/** Method-specific parts of the results: totals for allocations, weights for AHP. */
export type MethodResults = {
  /** Totals and shares for points and dots rounds. */
  allocation: AllocationAnalysis | null;
  /** Group AHP weights and consistency for pairwise rounds with strengths. */
  ahp: GroupAhp | null;
};

export type BallotMethodSpec<C extends { kind: string }> = {
  /** The method's name and one line on how people vote, as the new-round form shows them. */
  name: string;
  hint: string;
  /** The stored ballot (a member of the saved BallotContent union). */
  ballot: ZodType<C>;
  /** The round settings this method reads, with their defaults. */
  settings: { [S in RoundSettingName]?: SettingSpec<RoundSettings[S]> };
  /** Why a ballot of this kind is refused in a round of another method. */
  notThisRound: string;
  /** Whether the ballot can be submitted in this round, and if not, why, for the voter. */
  problem: (round: BallotRound, content: C) => string | null;
  /** The ballot read as a ranking, best first; items it does not mention tied last. */
  ranking: (round: BallotRound, content: C) => Tiered;
  /** The ballot once an item has been deleted from the workspace. */
  withoutItem: (content: C, itemId: string) => C;
  /** What the method adds to the results screen, beyond the shared ranking analysis. */
  results?: (
    round: Round,
    voterName: (participantId: string) => string,
    titles: Record<string, string>,
  ) => Partial<MethodResults>;
};
