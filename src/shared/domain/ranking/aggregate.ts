import { RankingInputError } from './errors';
import type { KemenyOptions } from './kemeny';
import { MethodRunner } from './methods';
import { pairwiseFromProfile } from './pairwise';
import { buildProfile } from './profile';
import { METHODS, type AggregateResult, type Ballot, type Method } from './types';

/**
 * The group order of one round by one method. Input is checked before anything is
 * computed; a problem raises a RankingInputError with a message for the facilitator.
 */
export function aggregate(
  candidates: string[],
  ballots: Ballot[],
  method: Method,
  options: KemenyOptions = {},
): AggregateResult {
  if (!METHODS.includes(method)) {
    throw new RankingInputError(
      'INVALID_OPTION',
      `“${String(method)}” is not a ranking method; use one of ${METHODS.join(', ')}.`,
    );
  }
  const profile = buildProfile(candidates, ballots);
  const runner = new MethodRunner(profile, pairwiseFromProfile(profile), profile.candidates, options);
  return runner.result(method);
}
