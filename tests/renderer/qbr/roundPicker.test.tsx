import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { castBallot, revealRound, startRevote } from '../../../src/shared/domain/rounds';
import { CAMP_ONE, CAMP_TWO, twoCampWorkspace } from '../../support/twoCampWorkspace';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { openWorkspaceOn } from '../ranking/openWorkspace';
import { openSection } from './openQbr';
import { documentActions } from '../../../src/renderer/src/document';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});

const optionsOf = (name: string) =>
  [...screen.getByRole<HTMLSelectElement>('combobox', { name }).options].map((o) => o.textContent);
const roundSelect = () =>
  screen.getByRole<HTMLSelectElement>('combobox', { name: 'Which round of this question' });

describe('the ranking slide’s round', () => {
  it('names the rounds of a question by number and kind, and starts on the revealed re-vote', async () => {
    const { user } = await openWorkspaceOn(main, twoCampWorkspace(), 'QBR');
    await user.click(screen.getByRole('button', { name: 'Create deck' }));
    await openSection(user, /Ranking result/);
    expect(optionsOf('Ranking round')).toEqual(['No round', 'What matters most next quarter?']);
    expect(optionsOf('Which round of this question')).toEqual(['Round 2 — re-vote', 'Round 1 — blind']);
    expect(roundSelect().value).toBe('revote');
  });

  it('offers the re-vote once it is revealed, without switching the slide by itself', async () => {
    let w = twoCampWorkspace({ revote: false });
    w = startRevote(w, 'blind', 'revote', new Date('2027-01-15T10:00:00Z'));
    w.participants.forEach((p, i) => {
      const order = i < 3 ? CAMP_ONE : CAMP_TWO;
      w = castBallot(
        w,
        'revote',
        p.id,
        { kind: 'order', tiers: order.map((l) => [`item-${l}`]) },
        new Date(),
      );
    });
    const { user } = await openWorkspaceOn(main, w, 'QBR');
    await user.click(screen.getByRole('button', { name: 'Create deck' }));
    await openSection(user, /Ranking result/);
    expect(optionsOf('Which round of this question')).toEqual([
      'Round 2 — re-vote (not revealed yet)',
      'Round 1 — blind',
    ]);
    expect(roundSelect().value).toBe('blind');

    await act(() =>
      documentActions.edit((ws) => revealRound(ws, 'revote', new Date('2027-01-15T10:30:00Z'))),
    );
    expect(roundSelect().value).toBe('blind');
    expect(screen.getByText(/Round 2 — re-vote of this question is revealed\./)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show Round 2' }));
    expect(roundSelect().value).toBe('revote');
    expect(screen.queryByText(/of this question is revealed/)).toBeNull();
  });
});
