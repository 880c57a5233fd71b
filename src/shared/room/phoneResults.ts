import { placeRangeText } from '../domain/ranking/resultWording';
import { roundResults } from '../domain/rounds';
import type { Round, Workspace } from '../domain/workspace';
import type { PhoneResults } from './roomProtocol';

/**
 * The results as the phones may get them at the reveal, read from the very analysis the
 * screen shows (its order, each item's range of places and the headline's sentence), so a
 * phone can never say something the projector contradicts. Nothing per voter. Null when
 * the round has no result to show (no ballots).
 */
export function phoneResultsOf(workspace: Workspace, round: Round): PhoneResults | null {
  const results = roundResults(workspace, round);
  if (!results.ok) return null;
  const { analysis, titles } = results;
  return {
    question: round.question,
    places: analysis.ranges.map((row) => ({
      place: placeRangeText(row.first, row.last),
      title: (titles[row.candidate] ?? 'Removed item').slice(0, 200),
    })),
    summary: analysis.verdict.sentence.slice(0, 600),
  };
}
