import type { Workspace } from '../workspace';

/** Which round of a ranking question a deck slide shows, and how rounds are named. */

type RoundLike = Workspace['rounds'][number];

/**
 * How a round is named where several share a question: its number among the rounds of
 * that question (oldest first) and its kind — the first, blind vote or a re-vote after
 * discussion. "Round 2 — re-vote".
 */
export function roundName(workspace: Workspace, roundId: string): string {
  const round = workspace.rounds.find((r) => r.id === roundId);
  if (!round) return 'Round';
  const number = roundsOfQuestion(workspace, round.question).indexOf(round) + 1;
  return `Round ${number} — ${round.previousRoundId === null ? 'blind' : 're-vote'}`;
}

/** The rounds that ask `question`, in the order they were opened. */
export function roundsOfQuestion(workspace: Workspace, question: string): RoundLike[] {
  return workspace.rounds.filter((r) => r.question === question);
}

/**
 * The round of `question` a slide should show: the newest revealed one, which is the
 * last re-vote once it is revealed (ballots stay private until then). Rounds revealed at
 * the same moment go by the order they were opened: a re-vote comes after its blind round.
 */
export function newestRevealedOfQuestion(workspace: Workspace, question: string): string | null {
  const revealed = roundsOfQuestion(workspace, question).filter((r) => r.status === 'revealed');
  const newest = revealed.reduce<RoundLike | null>(
    (best, r) => (best === null || (r.revealedAt ?? '') >= (best.revealedAt ?? '') ? r : best),
    null,
  );
  return newest?.id ?? null;
}

/**
 * A new slide's round: the question revealed most recently, and of that question its
 * newest revealed round (the re-vote, not the blind vote before the discussion). Null
 * when nothing is revealed yet.
 */
export function newestRevealedRound(workspace: Workspace): string | null {
  const revealed = workspace.rounds.filter((r) => r.status === 'revealed');
  const newest = revealed.reduce<RoundLike | null>(
    (best, r) => (best === null || (r.revealedAt ?? '') >= (best.revealedAt ?? '') ? r : best),
    null,
  );
  return newest ? newestRevealedOfQuestion(workspace, newest.question) : null;
}
