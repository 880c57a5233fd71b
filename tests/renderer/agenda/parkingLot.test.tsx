import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { documentActions } from '../../../src/renderer/src/document';
import { parkItem } from '../../../src/shared/domain/agenda';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { LotOnly, openOffsite, workspace } from './parkingWorld';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});

const ITEMS = [
  'Pricing for the public sector',
  'Who owns the partner portal?',
  'Hiring freeze in APAC',
  'Rename the “Growth” OKR',
  'Ship the SSO beta before the EU launch?',
];

/** Parks the items a minute apart (the lot keeps the order they were parked in). */
function parkAll(texts: string[]): void {
  act(() => {
    texts.forEach((text, i) => {
      const priorityId = i === 0 ? 'p0' : null;
      documentActions.edit((w) =>
        parkItem(w, { text, priorityId }, `i${i}`, new Date(Date.UTC(2027, 0, 14, 9, i))),
      );
    });
  });
}

const row = (text: string) => screen.getByRole('article', { name: text });

async function openLot(texts = ITEMS) {
  await openOffsite(main);
  parkAll(texts);
  const user = userEvent.setup();
  render(<LotOnly />);
  return user;
}

describe('the parking lot', () => {
  it('shows when and where each item was parked, and triage to an action item puts it in the decision log’s actions', async () => {
    const user = await openLot();
    expect(
      within(row(ITEMS[0]!)).getByText(
        /^Parked .*\d\d:\d\d, during “Rank the bets”, about “Launch in the EU”$/,
      ),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: `Triage: ${ITEMS[0]}` }));
    const form = screen.getByRole('form', { name: `Triage: ${ITEMS[0]}` });
    expect(within(form).getByRole<HTMLInputElement>('radio', { name: 'Action item' }).checked).toBe(true);
    await user.type(within(form).getByLabelText('Owner'), 'Ngozi Okonkwo-Adeyemi');
    await user.type(within(form).getByLabelText('Due'), '2027-01-31');
    await user.click(within(form).getByRole('button', { name: 'Save triage' }));

    const item = workspace().parkingLot.find((p) => p.text === ITEMS[0])!;
    expect(item.outcome).toBe('action');
    expect(workspace().actionItems).toEqual([
      expect.objectContaining({
        id: item.resultId,
        text: ITEMS[0],
        owner: 'Ngozi Okonkwo-Adeyemi',
        due: '2027-01-31',
        status: 'open',
      }),
    ]);
    expect(
      within(screen.getByRole('list', { name: 'Triaged' })).getByText(
        'Action item · Ngozi Okonkwo-Adeyemi · due 2027-01-31',
      ),
    ).toBeTruthy();

    // Reopened, it is open again (the action item stays in the log: it may have an owner at work).
    await user.click(screen.getByRole('button', { name: `Reopen: ${ITEMS[0]}` }));
    expect(workspace().parkingLot.find((p) => p.text === ITEMS[0])!.outcome).toBe('open');
    expect(workspace().actionItems).toHaveLength(1);
  }, 20_000);

  it('a drop needs its reason: refused without one, nothing changed; kept and shown with one', async () => {
    const user = await openLot();
    const text = ITEMS[2]!;
    await user.click(screen.getByRole('button', { name: `Triage: ${text}` }));
    const form = screen.getByRole('form', { name: `Triage: ${text}` });
    await user.click(within(form).getByRole('radio', { name: 'Dropped' }));
    const before = workspace();
    await user.click(within(form).getByRole('button', { name: 'Save triage' }));
    expect(within(form).getByRole('alert').textContent).toBe(
      'Say why it is dropped: the room will ask later.',
    );
    expect(workspace()).toBe(before);

    await user.type(
      within(form).getByLabelText('Why it is dropped (required)'),
      'Decided by the board in November',
    );
    await user.click(within(form).getByRole('button', { name: 'Save triage' }));
    expect(workspace().parkingLot.find((p) => p.text === text)).toMatchObject({
      outcome: 'dropped',
      reason: 'Decided by the board in November',
    });
    expect(within(row(text)).getByText('Dropped · Decided by the board in November')).toBeTruthy();
  });

  it('the text can be corrected; an empty text is refused', async () => {
    const user = await openLot();
    await user.click(screen.getByRole('button', { name: `Edit text: ${ITEMS[1]}` }));
    const input = screen.getByLabelText<HTMLInputElement>('Parked text');
    await user.clear(input);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('A parked item cannot be empty.');
    await user.type(input, 'Who owns the partner portal after the re-org?{Enter}');
    expect(workspace().parkingLot[1]!.text).toBe('Who owns the partner portal after the re-org?');
  });

  it('three people place 3 dots each in turn; the top 3 are kept, highlighted and listed first', async () => {
    const user = await openLot();
    // Three of the eight vote today.
    act(() => {
      documentActions.edit((w) => ({
        ...w,
        participants: w.participants.map((p, i) => ({ ...p, votes: i < 3 })),
      }));
    });
    await user.click(screen.getByRole('button', { name: 'Pick the top 3 to solve now' }));
    const vote = screen.getByRole('region', { name: 'Pick the top 3 to solve now' });
    const ballots: Record<string, string[]> = {
      王芳: [ITEMS[4]!, ITEMS[4]!, ITEMS[1]!],
      'Łukasz Wróblewski': [ITEMS[4]!, ITEMS[2]!, ITEMS[1]!],
      'Ngozi Okonkwo-Adeyemi': [ITEMS[3]!, ITEMS[2]!, ITEMS[4]!],
    };
    for (const [name, dots] of Object.entries(ballots)) {
      expect(within(vote).getByText(name, { selector: '.parking-vote-turn strong' })).toBeTruthy();
      await user.click(within(vote).getByRole('button', { name: `I am ${name}: place my dots` }));
      const submit = within(vote).getByRole('button', { name: 'Submit my dots' });
      expect(submit.getAttribute('aria-disabled')).toBe('true');
      for (const text of dots)
        await user.click(within(vote).getByRole('button', { name: `Give a dot to ${text}` }));
      // No fourth dot.
      expect(
        within(vote)
          .getByRole('button', { name: `Give a dot to ${ITEMS[0]}` })
          .getAttribute('aria-disabled'),
      ).toBe('true');
      await user.click(submit);
    }
    expect(screen.queryByRole('region', { name: 'Pick the top 3 to solve now' })).toBeNull();
    expect(screen.getByText('3 people placed 3 dots each: the top 3 come first.')).toBeTruthy();

    const dots = Object.fromEntries(workspace().parkingLot.map((p) => [p.text, p.dots]));
    expect(dots).toEqual({ [ITEMS[0]!]: 0, [ITEMS[1]!]: 2, [ITEMS[2]!]: 2, [ITEMS[3]!]: 1, [ITEMS[4]!]: 4 });
    const order = within(screen.getByRole('list', { name: 'Not triaged' }))
      .getAllByRole('article')
      .map((a) => a.getAttribute('aria-label'));
    // Ties (2 dots each) go by when they were parked.
    expect(order).toEqual([ITEMS[4], ITEMS[1], ITEMS[2], ITEMS[0], ITEMS[3]]);
    expect(within(row(ITEMS[4]!)).getByText('Top 1 · 4 dots')).toBeTruthy();
    expect(within(row(ITEMS[2]!)).getByText('Top 3 · 2 dots')).toBeTruthy();
    expect(within(row(ITEMS[3]!)).queryByText(/^Top/)).toBeNull();
  }, 30_000);
});
