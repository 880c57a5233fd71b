import { DomainError } from '../domainError';
/**
 * Every way an input can be refused. The code is for programs (tests, IPC mapping);
 * the message is for the facilitator, in words they can act on.
 */
export type RankingErrorCode =
  | 'TOO_FEW_CANDIDATES'
  | 'DUPLICATE_CANDIDATE'
  | 'EMPTY_CANDIDATE_NAME'
  | 'NO_BALLOTS'
  | 'NOT_A_RANKING'
  | 'UNKNOWN_CANDIDATE'
  | 'DUPLICATE_IN_BALLOT'
  | 'INVALID_COUNT'
  | 'DUPLICATE_VOTER'
  | 'EMPTY_VOTER_ID'
  | 'INVALID_BUDGET'
  | 'POINTS_NOT_A_NUMBER'
  | 'POINTS_NEGATIVE'
  | 'POINTS_OVER_BUDGET'
  | 'DOTS_NOT_WHOLE'
  | 'DOTS_OVER_ITEM_LIMIT'
  | 'AHP_NOT_SQUARE'
  | 'AHP_NOT_POSITIVE'
  | 'AHP_DIAGONAL'
  | 'AHP_NOT_RECIPROCAL'
  | 'AHP_MISSING_JUDGEMENT'
  | 'AHP_CONFLICTING_JUDGEMENT'
  | 'AHP_BAD_STRENGTH'
  | 'INVALID_RANKS'
  | 'ORDER_MISMATCH'
  | 'INVALID_OPTION';

export class RankingInputError extends DomainError {
  override readonly name = 'RankingInputError';
  declare readonly code: RankingErrorCode;

  constructor(code: RankingErrorCode, message: string) {
    super(code, message);
  }
}

export function isRankingInputError(error: unknown): error is RankingInputError {
  return error instanceof RankingInputError;
}

/** “Hire CFO” — the curly quotes keep an item name readable inside a sentence. */
export function quote(name: string): string {
  return `“${name}”`;
}

/** "Alice's ballot" / "Ballot 3": who a message is about. */
export function ballotOwner(voterName: string | undefined, index: number): string {
  return voterName !== undefined ? `${voterName}'s ballot` : `Ballot ${index + 1}`;
}
