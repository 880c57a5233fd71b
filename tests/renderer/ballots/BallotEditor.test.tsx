import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BALLOT_METHODS } from '../../../src/shared/domain/workspace';
import { makeItems, makeRound, renderBallot } from './ballotFixtures';

const items = makeItems(['Hiring', 'Pricing', 'Europe']);
const submitLabels = {
  order: 'Submit my ranking',
  pairwise: 'Submit my answers',
  points: 'Submit my points',
  dots: 'Submit my dots',
} as const;

describe('BallotEditor', () => {
  it.each(BALLOT_METHODS)(
    'shows the %s ballot for a %s round, privately, with the voter and question',
    (method) => {
      renderBallot(makeRound(method, items), items);
      expect(screen.getByRole('button', { name: new RegExp(`^${submitLabels[method]}`) })).toBeTruthy();
      const others = Object.values(submitLabels).filter((label) => label !== submitLabels[method]);
      for (const label of others)
        expect(screen.queryByRole('button', { name: new RegExp(`^${label}`) })).toBeNull();
      const heading = screen.getByRole('heading', { level: 2 });
      expect(heading.textContent).toBe('Dana — What matters most next quarter?');
      expect(document.activeElement).toBe(heading);
      expect(screen.getByText(/private: no one sees it until the facilitator reveals/)).toBeTruthy();
    },
  );
});
