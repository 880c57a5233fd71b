import { DomainError } from '../domainError';
import { addDecision } from '../board/decisionLog';
import {
  DECISION_LIMITS,
  type BallotContent,
  type BallotMethod,
  type Round,
  type Workspace,
} from '../workspace';
import type { RoundSettings } from './ballotMethod';
import { roundSettings, settingsOf } from './ballotMethods';
import { ballotProblem } from './ballots';
import { rankingOf } from './rankingOf';

/**
 * The ranking workflow as pure workspace → workspace steps: open a round, vote in
 * private, withdraw, reveal, re-vote, commit the top items and name the single focus.
 * Each throws a RoundError with a sentence for the facilitator when a step is not allowed.
 */
export class RoundError extends DomainError {
  override name = 'RoundError';

  constructor(message: string) {
    super('ROUND_REFUSED', message);
  }
}

/** A round to open; settings not given take their method's default. */
export type NewRound = {
  question: string;
  method: BallotMethod;
  itemIds: string[];
} & Partial<RoundSettings>;

export function createRound(w: Workspace, spec: NewRound, id: string, now: Date): Workspace {
  const known = new Set(w.priorities.map((p) => p.id));
  const itemIds = [...new Set(spec.itemIds)].filter((i) => known.has(i));
  if (spec.question.trim().length === 0)
    throw new RoundError('Ask a question, for example “What matters most next quarter?”');
  if (itemIds.length < 2) throw new RoundError('A round needs at least two items to rank.');
  const settings = roundSettings(spec.method, spec, itemIds.length);
  const round: Round = {
    id,
    question: spec.question.trim(),
    method: spec.method,
    itemIds,
    // Spelled out rather than spread: a saved round keeps its fields in this order.
    budget: settings.budget,
    dots: settings.dots,
    ahpStrength: settings.ahpStrength,
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
      ...settingsOf(previous),
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
    agenda: {
      ...w.agenda,
      blocks: w.agenda.blocks.map((b) => (b.roundId === roundId ? { ...b, roundId: null } : b)),
    },
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

/** What the decision log keeps about committing or naming the focus from a result. */
export type ResultDecision = {
  /** The new log entry's id. */
  id: string;
  /** The one-line rationale the facilitator typed (required). */
  why: string;
  /** Who disagreed; may be empty. */
  dissent?: string;
  owner?: string;
  /** Today, as YYYY-MM-DD in the facilitator's time zone. */
  date: string;
};

/**
 * Commits the chosen items and writes why into the decision log, in one edit (so one undo
 * takes back both). The room chooses the items: where the cut falls inside a range of
 * places, the order alone does not say which ones are in.
 */
export function commitWithDecision(
  w: Workspace,
  priorityIds: readonly string[],
  decision: ResultDecision,
): Workspace {
  const chosen = [...new Set(priorityIds)];
  if (chosen.length === 0) throw new RoundError('Choose at least one item to commit.');
  const cards = chosen.map((id) => w.priorities.find((p) => p.id === id));
  if (cards.some((c) => c === undefined)) throw new RoundError('That priority no longer exists.');
  const why = decision.why.trim();
  if (why.length === 0) throw new RoundError('Say in one line why: it goes into the decision log.');
  const titles = cards.map((c) => `“${c!.title}”`);
  const committed = new Set(chosen);
  const next = {
    ...w,
    priorities: w.priorities.map((p) => (committed.has(p.id) ? { ...p, status: 'committed' as const } : p)),
  };
  return addDecision(next, {
    id: decision.id,
    kind: 'commit',
    what: fitWhat(`Commit ${inWords(titles)}`),
    why,
    alternatives: '',
    dissent: decision.dissent?.trim() ?? '',
    owner: decision.owner?.trim() ?? '',
    date: decision.date,
    priorityIds: chosen,
  });
}

/** Names the quarter's single focus and logs it as a decision, in one edit. Clearing it logs nothing. */
export function focusWithDecision(
  w: Workspace,
  priorityId: string | null,
  decision: Omit<ResultDecision, 'why'> & { why?: string },
): Workspace {
  const next = setFocus(w, priorityId);
  if (priorityId === null || w.focusPriorityId === priorityId) return next;
  const title = next.priorities.find((p) => p.id === priorityId)!.title;
  return addDecision(next, {
    id: decision.id,
    kind: 'decision',
    what: fitWhat(`Single focus: ${title}`),
    why: decision.why?.trim() ?? '',
    alternatives: '',
    dissent: decision.dissent?.trim() ?? '',
    owner: decision.owner?.trim() ?? '',
    date: decision.date,
    priorityIds: [priorityId],
  });
}

/**
 * The voters whose own ballot puts at least one of `committed` below their top `n` (a tie
 * counts at its best place): the dissent a commit should record.
 */
export function dissentersOf(round: Round, committed: readonly string[], n: number): string[] {
  const ids = new Set(committed);
  return round.ballots
    .filter((b) => {
      let before = 0;
      for (const tier of rankingOf(round, b.content) as string[][]) {
        if (tier.some((id) => ids.has(id)) && before + 1 > n) return true;
        before += tier.length;
      }
      return false;
    })
    .map((b) => b.participantId);
}

const inWords = (parts: readonly string[]) =>
  parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;

/** The log's "what" has a length cap: a long list of titles ends in "…". */
function fitWhat(text: string): string {
  return text.length <= DECISION_LIMITS.what ? text : `${text.slice(0, DECISION_LIMITS.what - 1)}…`;
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
