import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pairwiseProgress, type Judgement } from '../../../src/shared/domain/rounds';
import { shownSwapped } from '../../../src/renderer/src/features/ranking/ballots/pairwiseMath';
import { makeItems, makeRound, renderBallot, submitButton, submitByKeyboard } from './ballotFixtures';
import { answerByHiddenOrder, shownPair } from './pairwiseDriver';

const eight = makeItems(['Hiring', 'Pricing', 'Europe', 'Churn', 'Security', 'Mobile', 'Partners', 'Costs']);
const round = makeRound('pairwise', eight);
const counter = () => document.querySelector('.ballot-counter')?.textContent;

describe('pairwise ballot', () => {
  it('8 items: at most 17 questions, by keyboard alone, and the order found is the hidden one', async () => {
    // The voter's true order, never shown to the editor: they answer by looking it up.
    const hidden = ['Security', 'Churn', 'Costs', 'Hiring', 'Partners', 'Europe', 'Pricing', 'Mobile'];
    const { user, onSubmit } = renderBallot(round, eight);
    expect(counter()).toBe('Question 1 of about 17');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuemax')).toBe('17');
    const asked = await answerByHiddenOrder(user, hidden);
    expect(asked).toBeLessThanOrEqual(17);
    expect(counter()).toBe(`All ${asked} questions answered`);
    const shownOrder = [...document.querySelectorAll('.ballot-summary-order li')].map((li) => li.textContent);
    expect(shownOrder).toEqual(hidden);

    await submitByKeyboard(user);
    expect(onSubmit).toHaveBeenCalledOnce();
    const content = onSubmit.mock.calls[0]![0];
    if (content.kind !== 'pairwise') throw new Error('expected a pairwise ballot');
    expect(content.judgements).toHaveLength(asked);
    const progress = pairwiseProgress(round.itemIds, content.judgements);
    const byTitle = new Map(eight.map((i) => [i.title, i.id]));
    expect(progress.done && progress.order).toEqual(hidden.map((t) => [byTitle.get(t)]));
    for (const j of content.judgements) expect(j.strength).toBe(1);
  });

  it('Submit is refused, saying why, until every question is answered', async () => {
    const { user, onSubmit } = renderBallot(round, eight);
    await user.keyboard('{ArrowLeft}{ArrowRight}');
    expect(counter()).toBe('Question 3 of about 17');
    await user.click(submitButton());
    expect(onSubmit).not.toHaveBeenCalled();
    expect(submitButton().textContent).toContain('Answer every question to finish.');
    expect(submitButton().getAttribute('aria-disabled')).toBe('true');
  });

  it('shows the left and right cards as the keys say, and = records "equal"', async () => {
    const three = makeItems(['Hiring', 'Pricing', 'Europe']);
    const { user, onSubmit } = renderBallot(makeRound('pairwise', three), three);
    const first = shownPair();
    await user.keyboard('=');
    const second = shownPair();
    await user.keyboard('{ArrowRight}');
    await user.click(submitButton());
    const { judgements } = onSubmit.mock.calls[0]![0] as { judgements: Judgement[] };
    const title = (id: string) => three.find((i) => i.id === id)!.title;
    expect(judgements[0]).toMatchObject({ prefer: 'equal', strength: 1 });
    expect([title(judgements[0]!.a), title(judgements[0]!.b)].sort()).toEqual([...first].sort());
    const j = judgements[1]!;
    expect(title(j.prefer === 'a' ? j.a : j.b)).toBe(second[1]); // → chose the right-hand card
  });

  it('places A and B by a fixed hash of the pair, so about half the pairs flip', () => {
    const ids = eight.map((i) => i.id);
    const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as const));
    const flipped = pairs.filter(([a, b]) => shownSwapped(a, b)).length;
    expect(flipped).toBeGreaterThan(pairs.length * 0.25);
    expect(flipped).toBeLessThan(pairs.length * 0.75);
    for (const [a, b] of pairs) expect(shownSwapped(a, b)).toBe(shownSwapped(b, a));
  });

  it('Undo (Backspace or the button) takes back the last answer and asks it again', async () => {
    const { user, onSubmit } = renderBallot(round, eight);
    await user.keyboard('{ArrowLeft}');
    const second = shownPair();
    await user.keyboard('{ArrowLeft}');
    expect(counter()).toBe('Question 3 of about 17');
    await user.keyboard('{Backspace}');
    expect(counter()).toBe('Question 2 of about 17');
    expect(shownPair()).toEqual(second);
    await user.keyboard('{ArrowRight}{ArrowLeft}');
    await user.click(screen.getByRole('button', { name: /Undo last answer/ }));
    expect(counter()).toBe('Question 3 of about 17');
    await answerByHiddenOrder(
      user,
      eight.map((i) => i.title),
    );
    await user.click(submitButton());
    const { judgements } = onSubmit.mock.calls[0]![0] as { judgements: Judgement[] };
    // The second question keeps the answer given after the undo: the right-hand card.
    const j = judgements[1]!;
    const winner = eight.find((i) => i.id === (j.prefer === 'a' ? j.a : j.b))!.title;
    expect(winner).toBe(second[1]);
    expect(new Set(judgements.map((x) => [x.a, x.b].sort().join()))).toHaveProperty(
      'size',
      judgements.length,
    );
  });

  it('an earlier, finished ballot is shown done and can be submitted as it was', async () => {
    const three = makeItems(['Hiring', 'Pricing', 'Europe']);
    const initial = {
      kind: 'pairwise' as const,
      judgements: [
        { a: 'p2', b: 'p1', prefer: 'a' as const, strength: 1 },
        { a: 'p3', b: 'p1', prefer: 'a' as const, strength: 1 },
        { a: 'p3', b: 'p2', prefer: 'a' as const, strength: 1 },
      ],
    };
    const { user, onSubmit } = renderBallot(makeRound('pairwise', three), three, initial);
    expect(counter()).toBe('All 3 questions answered');
    const shownOrder = [...document.querySelectorAll('.ballot-summary-order li')].map((li) => li.textContent);
    expect(shownOrder).toEqual(['Europe', 'Pricing', 'Hiring']);
    await user.click(submitButton());
    expect(onSubmit).toHaveBeenCalledWith(initial);
  });
});
