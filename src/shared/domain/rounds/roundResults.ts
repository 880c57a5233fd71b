import {
  ahpGroup,
  analyzeDots,
  analyzePoints,
  analyzeRound,
  judgementsToMatrix,
  type AllocationAnalysis,
  type RoundAnalysis,
  type RoundBallot,
} from '../ranking';
import type { BallotContent, Round, Workspace } from '../workspace';
import { rankingOf } from './rankingOf';

export type RoundResults =
  | {
      ok: true;
      analysis: RoundAnalysis;
      /** Totals and shares for points and dots rounds. */
      allocation: AllocationAnalysis | null;
      /** Group AHP weights and consistency for pairwise rounds with strengths. */
      ahp: GroupAhp | null;
      titles: Record<string, string>;
    }
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
    return {
      ok: true,
      analysis,
      allocation: allocationOf(workspace, round, titles),
      ahp: ahpOf(round),
      titles,
    };
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

function amountFor(content: BallotContent, itemId: string): number {
  return content.kind === 'points' || content.kind === 'dots'
    ? (content.allocation.find((a) => a.itemId === itemId)?.amount ?? 0)
    : 0;
}

function allocationOf(
  workspace: Workspace,
  round: Round,
  titles: Record<string, string>,
): AllocationAnalysis | null {
  if (round.method !== 'points' && round.method !== 'dots') return null;
  const names = new Map(workspace.participants.map((p) => [p.id, p.name]));
  const allocations = round.ballots.flatMap((b) =>
    b.content.kind === 'points' || b.content.kind === 'dots'
      ? [
          {
            voterId: b.participantId,
            voterName: names.get(b.participantId) ?? 'Former participant',
            points: Object.fromEntries(round.itemIds.map((id) => [id, amountFor(b.content, id)])),
          },
        ]
      : [],
  );
  try {
    return round.method === 'points'
      ? analyzePoints(round.itemIds, allocations, round.budget, { candidateLabels: titles })
      : analyzeDots(round.itemIds, allocations, round.dots, { candidateLabels: titles });
  } catch {
    return null; // e.g. an item was removed after voting: the ranking view still stands
  }
}

export type GroupAhp = {
  weights: Record<string, number>;
  cr: number;
  consistent: boolean;
  byVoter: Array<{ voterId: string; cr: number }>;
};

function ahpOf(round: Round): GroupAhp | null {
  if (round.method !== 'pairwise' || !round.ahpStrength) return null;
  try {
    const sets = round.ballots.flatMap((b) =>
      b.content.kind === 'pairwise' ? [{ voterId: b.participantId, judgements: b.content.judgements }] : [],
    );
    if (sets.length === 0) return null;
    const group = ahpGroup(sets.map((set) => judgementsToMatrix(round.itemIds, set)));
    return {
      weights: Object.fromEntries(round.itemIds.map((id, i) => [id, group.weights[i]!])),
      cr: group.cr,
      consistent: group.consistent,
      byVoter: sets.map((set, i) => ({ voterId: set.voterId, cr: group.individual[i]!.cr })),
    };
  } catch {
    return null;
  }
}
