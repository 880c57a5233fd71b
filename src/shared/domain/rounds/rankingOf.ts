import type { Tiered } from '../ranking';
import type { BallotContent } from '../workspace';
import type { BallotRound } from './ballotMethod';
import { ballotMethod } from './ballotMethods';

export { tiersByScore } from './methods/scoreTiers';

/**
 * Every ballot, whatever its method, read as a ranking (best first, ties in tiers), so
 * one engine gives consensus, agreement and contest for every method alike. Items a
 * ballot does not mention are tied last. How each method reads is in rounds/methods.
 */
export function rankingOf(round: BallotRound, content: BallotContent): Tiered {
  return ballotMethod(content.kind).ranking(round, content);
}
