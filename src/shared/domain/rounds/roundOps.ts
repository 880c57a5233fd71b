import type { BallotContent, BallotMethod, Round, Workspace } from '../workspace';
import { ballotProblem } from './ballots';

/**
 * The ranking workflow as pure workspace → workspace steps: open a round, vote in
 * private, withdraw, reveal, re-vote, commit the top items and name the single focus.
 * Each throws a RoundError with a sentence for the facilitator when a step is not allowed.
 */
export class RoundError extends Error {
  override name = 'RoundError';
}

export type NewRound = {
  question: string;
  method: BallotMethod;
  itemIds: string[];
  budget?: number;
  dots?: number;
  ahpStrength?: boolean;
};

export function createRound(w: Workspace, spec: NewRound, id: string, now: Date): Workspace {
  const known = new Set(w.priorities.map((p) => p.id));
  const itemIds = [...new Set(spec.itemIds)].filter((i) => known.has(i));
  if (spec.question.trim().length === 0)
    throw new RoundError('Ask a question, for example “What matters most next quarter?”');
  if (itemIds.length < 2) throw new RoundError('A round needs at least two items to rank.');
  const round: Round = {
    id,
    question: spec.question.trim(),
    method: spec.method,
    itemIds,
    budget: spec.budget ?? 100,
    dots: spec.dots ?? Math.max(1, Math.min(10, Math.round(itemIds.length / 3))),
    ahpStrength: spec.method === 'pairwise' && (spec.ahpStrength ?? false),
    status: 'open',
    createdAt: now.toISOString(),
    revealedAt: null,
    previousRoundId: null,
    ballots: [],
  };
  return { ...w, rounds: [...w.rounds, round] };
}

export function castBallot(
  w: Workspace,
  roundId: string,
  participantId: string,
  content: BallotContent,
  now: Date,
): Workspace {
  const round = openRound(w, roundId);
  const voter = w.participants.find((p) => p.id === participantId);
  if (!voter) throw new RoundError('That person is not a participant of this workspace.');
  if (!voter.votes) throw new RoundError(`${voter.name} does not vote in this workspace.`);
  const problem = ballotProblem(round, content);
  if (problem) throw new RoundError(problem);
  const ballot = { participantId, submittedAt: now.toISOString(), content };
  const ballots = [...round.ballots.filter((b) => b.participantId !== participantId), ballot];
  return replaceRound(w, { ...round, ballots });
}

/** Until the reveal, a voter may take their ballot back (and vote again). */
export function withdrawBallot(w: Workspace, roundId: string, participantId: string): Workspace {
  const round = openRound(w, roundId);
  return replaceRound(w, {
    ...round,
    ballots: round.ballots.filter((b) => b.participantId !== participantId),
  });
}

export function revealRound(w: Workspace, roundId: string, now: Date): Workspace {
  const round = openRound(w, roundId);
  if (round.ballots.length === 0) throw new RoundError('Nobody has voted yet: there is nothing to reveal.');
  return replaceRound(w, { ...round, status: 'revealed', revealedAt: now.toISOString() });
}

/** After discussion: the same question and items, blank ballots, linked for convergence. */
export function startRevote(w: Workspace, roundId: string, id: string, now: Date): Workspace {
  const previous = roundOf(w, roundId);
  const next = createRound(
    w,
    {
      question: previous.question,
      method: previous.method,
      itemIds: previous.itemIds,
      budget: previous.budget,
      dots: previous.dots,
      ahpStrength: previous.ahpStrength,
    },
    id,
    now,
  );
  return { ...next, rounds: next.rounds.map((r) => (r.id === id ? { ...r, previousRoundId: roundId } : r)) };
}

export function deleteRound(w: Workspace, roundId: string): Workspace {
  return {
    ...w,
    rounds: w.rounds
      .filter((r) => r.id !== roundId)
      .map((r) => (r.previousRoundId === roundId ? { ...r, previousRoundId: null } : r)),
  };
}

/** Promotes the first `n` items of the consensus to committed. */
export function commitTop(w: Workspace, consensus: readonly string[], n: number): Workspace {
  const top = new Set(consensus.slice(0, Math.max(0, n)));
  return { ...w, priorities: w.priorities.map((p) => (top.has(p.id) ? { ...p, status: 'committed' } : p)) };
}

/** The quarter's single focus: committed by definition. */
export function setFocus(w: Workspace, priorityId: string | null): Workspace {
  if (priorityId === null) return { ...w, focusPriorityId: null };
  if (!w.priorities.some((p) => p.id === priorityId)) throw new RoundError('That priority no longer exists.');
  return {
    ...w,
    focusPriorityId: priorityId,
    priorities: w.priorities.map((p) => (p.id === priorityId ? { ...p, status: 'committed' } : p)),
  };
}

export function roundOf(w: Workspace, roundId: string): Round {
  const round = w.rounds.find((r) => r.id === roundId);
  if (!round) throw new RoundError('That round no longer exists.');
  return round;
}

function openRound(w: Workspace, roundId: string): Round {
  const round = roundOf(w, roundId);
  if (round.status !== 'open')
    throw new RoundError('This round has been revealed: ballots can no longer change.');
  return round;
}

function replaceRound(w: Workspace, round: Round): Workspace {
  return { ...w, rounds: w.rounds.map((r) => (r.id === round.id ? round : r)) };
}
