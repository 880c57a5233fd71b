import { analyzeRound, type RoundAnalysis, type RoundBallot } from '../ranking';
import type { Round, Workspace } from '../workspace';
import type { MethodResults } from './ballotMethod';
import { ballotMethod } from './ballotMethods';
import { rankingOf } from './rankingOf';

export type { GroupAhp, MethodResults } from './ballotMethod';

export type RoundResults =
  | ({ ok: true; analysis: RoundAnalysis; titles: Record<string, string> } & MethodResults)
  | { ok: false; message: string };

/** Everything the results screen shows, derived from the stored ballots; never stored. */
export function roundResults(workspace: Workspace, round: Round): RoundResults {
  const titles = Object.fromEntries(workspace.priorities.map((p) => [p.id, p.title]));
  const previous = round.previousRoundId
    ? workspace.rounds.find((r) => r.id === round.previousRoundId)
    : undefined;
  try {
    const analysis = analyzeRound({
      candidates: round.itemIds,
      ballots: ballotsOf(workspace, round),
      ...(previous && previous.ballots.length > 0
        ? { previous: { candidates: previous.itemIds, ballots: ballotsOf(workspace, previous) } }
        : {}),
      options: { candidateLabels: titles },
    });
    return { ok: true, analysis, ...methodResults(workspace, round, titles), titles };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export function ballotsOf(workspace: Workspace, round: Round): RoundBallot[] {
  const names = new Map(workspace.participants.map((p) => [p.id, p.name]));
  return round.ballots.map((b) => ({
    voterId: b.participantId,
    voterName: names.get(b.participantId) ?? 'Former participant',
    ranking: rankingOf(round, b.content),
  }));
}

/** What the round's method adds to the results (totals, AHP weights); nothing for the others. */
function methodResults(workspace: Workspace, round: Round, titles: Record<string, string>): MethodResults {
  const names = new Map(workspace.participants.map((p) => [p.id, p.name]));
  const voterName = (id: string) => names.get(id) ?? 'Former participant';
  return { allocation: null, ahp: null, ...ballotMethod(round.method).results?.(round, voterName, titles) };
}
