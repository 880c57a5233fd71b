import type { BallotContent } from '../workspace';
import type { BallotRound } from './ballotMethod';
import { ballotMethod } from './ballotMethods';

/**
 * Whether a ballot can be submitted, and if not, why, in words for the voter.
 * An incomplete ballot is never stored.
 */
export function ballotProblem(round: BallotRound, content: BallotContent): string | null {
  const method = ballotMethod(content.kind);
  if (round.method !== content.kind) return method.notThisRound;
  return method.problem(round, content);
}
