import type { UserEvent } from '@testing-library/user-event';

/** The titles on the left and right cards of the question on screen. */
export function shownPair(): [string, string] {
  const titles = [...document.querySelectorAll('.ballot-card .ballot-card-title')].map(
    (el) => el.textContent,
  );
  if (titles.length !== 2) throw new Error(`expected two cards, found ${titles.length}`);
  return [titles[0]!, titles[1]!];
}

const finished = () => document.querySelector('.ballot-card') === null;

/**
 * Answers every remaining question with the keyboard as a voter whose true order is
 * `hidden` (titles, best first) would; `strength` gives the 1–9 answer when asked.
 * Returns how many questions were answered.
 */
export async function answerByHiddenOrder(
  user: UserEvent,
  hidden: readonly string[],
  strength?: (winner: string, loser: string) => number,
): Promise<number> {
  let answered = 0;
  while (!finished()) {
    if (answered > 100) throw new Error('the questions never end');
    const [left, right] = shownPair();
    const leftWins = hidden.indexOf(left) < hidden.indexOf(right);
    await user.keyboard(leftWins ? '{ArrowLeft}' : '{ArrowRight}');
    if (strength) {
      const [winner, loser] = leftWins ? [left, right] : [right, left];
      await user.keyboard(String(strength(winner, loser)));
    }
    answered++;
  }
  return answered;
}
