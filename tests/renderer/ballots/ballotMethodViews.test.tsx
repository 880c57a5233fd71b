import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  ballotMethodView,
  BALLOT_METHOD_VIEWS,
  type RoundSetupProps,
} from '../../../src/renderer/src/features/ranking/ballotMethodViews';
import {
  BALLOT_METHOD_SPECS,
  defaultRoundSettings,
  type MethodResults,
} from '../../../src/shared/domain/rounds';
import { BALLOT_METHODS } from '../../../src/shared/domain/workspace';

function renderSetup(method: keyof typeof BALLOT_METHOD_VIEWS, itemCount: number) {
  const Setup = ballotMethodView(method).Setup;
  const props: RoundSetupProps = {
    settings: defaultRoundSettings(itemCount),
    onSettings: vi.fn<RoundSetupProps['onSettings']>(),
    itemCount,
    onMethod: vi.fn<RoundSetupProps['onMethod']>(),
  };
  const view = render(<form aria-label="New round">{Setup ? <Setup {...props} /> : null}</form>);
  return { ...props, form: within(view.container), user: userEvent.setup() };
}

const titles = { a: 'Hiring', b: 'Pricing' };
const results: MethodResults = {
  allocation: {
    kind: 'points',
    budget: 100,
    order: [['a'], ['b']],
    ties: [],
    totals: { a: 130, b: 70 },
    meanShare: { a: 0.65, b: 0.35 },
    spread: { a: 0.05, b: 0.05 },
    items: [],
    participants: [],
    agreement: { w: 1, chiSquare: 2, df: 1, p: 0.16, pMethod: 'exact', label: 'aligned', meanSpearman: 1 },
  },
  ahp: { weights: { a: 0.75, b: 0.25 }, cr: 0, consistent: true, byVoter: [] },
};

describe('the catalogue of ballot method views', () => {
  it('shows every method the domain describes, and no other', () => {
    expect(Object.keys(BALLOT_METHOD_VIEWS).sort()).toEqual(Object.keys(BALLOT_METHOD_SPECS).sort());
    expect(Object.keys(BALLOT_METHOD_VIEWS).sort()).toEqual([...BALLOT_METHODS].sort());
  });

  it('asks for the points per person in a points round, starting at 100', async () => {
    const { form, onSettings, user } = renderSetup('points', 6);
    const field = form.getByRole('spinbutton', { name: 'Points per person' });
    expect((field as HTMLInputElement).value).toBe('100');
    await user.type(field, '0');
    expect(onSettings).toHaveBeenLastCalledWith({ budget: 1000 });
  });

  it('asks for the dots per person in a dots round, about one per three items', async () => {
    const { form, onSettings, user } = renderSetup('dots', 12);
    const field = form.getByRole('spinbutton', { name: 'Dots per person' });
    expect((field as HTMLInputElement).value).toBe('4');
    await user.type(field, '6');
    expect(onSettings).toHaveBeenLastCalledWith({ dots: 46 });
  });

  it('offers the strength question in a pairwise round, off by default', async () => {
    const { form, onSettings, user } = renderSetup('pairwise', 6);
    const box = form.getByRole('checkbox', { name: /Ask how much more/ });
    expect((box as HTMLInputElement).checked).toBe(false);
    await user.click(box);
    expect(onSettings).toHaveBeenLastCalledWith({ ahpStrength: true });
  });

  it('suggests another method for a long full order only', async () => {
    expect(renderSetup('order', 15).form.queryByRole('status')).toBeNull();
    const { form, onMethod, user } = renderSetup('order', 16);
    expect(form.getByRole('status').textContent).toMatch(/^16 items is a long list/);
    await user.click(form.getByRole('button', { name: 'Use dots' }));
    expect(onMethod).toHaveBeenCalledWith('dots');
  });

  it('adds totals to points and dots results, AHP weights to pairwise, and nothing to full order', () => {
    const panelOf = (method: keyof typeof BALLOT_METHOD_VIEWS) => {
      const Results = ballotMethodView(method).Results;
      const { container, unmount } = render(Results ? <Results results={results} titles={titles} /> : <></>);
      const headings = [...container.querySelectorAll('h3')].map((h) => h.textContent);
      unmount();
      return headings;
    };
    expect(panelOf('points')).toEqual(['Total points']);
    expect(panelOf('dots')).toEqual(['Total points']);
    expect(panelOf('pairwise')).toEqual(['AHP weights']);
    expect(panelOf('order')).toEqual([]);
    const Totals = ballotMethodView('points').Results!;
    render(<Totals results={results} titles={titles} />);
    expect(screen.getByText('130 (65% avg)')).toBeTruthy();
  });
});
