import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import {
  BallotEditor,
  type BallotEditorProps,
  type BallotItem,
} from '../../../src/renderer/src/features/ranking/ballots';
import type { BallotContent, Round } from '../../../src/shared/domain/workspace';

export function makeItems(titles: readonly string[]): BallotItem[] {
  return titles.map((title, i) => ({ id: `p${i + 1}`, title, description: `Why ${title} matters` }));
}

export function makeRound(
  method: Round['method'],
  items: readonly BallotItem[],
  over: Partial<Round> = {},
): Round {
  return {
    id: 'r1',
    question: 'What matters most next quarter?',
    method,
    itemIds: items.map((i) => i.id),
    budget: 100,
    dots: 5,
    ahpStrength: false,
    status: 'open',
    createdAt: '2027-01-10T09:00:00.000Z',
    revealedAt: null,
    previousRoundId: null,
    ballots: [],
    ...over,
  };
}

/** One editor, as the voting panel shows it, with spies for its two ways out. */
export function renderBallot(
  round: Round,
  items: BallotItem[],
  initial: BallotContent | null = null,
  more: Partial<BallotEditorProps> = {},
) {
  const onSubmit = vi.fn<(content: BallotContent) => void>();
  const onCancel = vi.fn<() => void>();
  const user = userEvent.setup();
  const view = render(
    <BallotEditor
      round={round}
      items={items}
      voterName="Dana"
      initial={initial}
      onSubmit={onSubmit}
      onCancel={onCancel}
      {...more}
    />,
  );
  return { user, onSubmit, onCancel, ...view };
}

export const submitButton = () => screen.getByRole('button', { name: /^Submit my/ });

/** Moves the focus with Tab alone until it reaches `target`. */
export async function tabTo(user: UserEvent, target: Element): Promise<void> {
  for (let i = 0; i < 300 && document.activeElement !== target; i++) await user.tab();
  expect(document.activeElement).toBe(target);
}

/** Submits with the keyboard: Tab to the Submit button, then Enter. */
export async function submitByKeyboard(user: UserEvent): Promise<void> {
  await tabTo(user, submitButton());
  await user.keyboard('{Enter}');
}
