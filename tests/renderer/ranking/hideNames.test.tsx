import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { twoCampWorkspace } from '../../support/twoCampWorkspace';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { openWorkspaceOn } from './openWorkspace';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});

describe('Hide names on the results', () => {
  it('leaves no name, initials, personal colour or voting order on screen', async () => {
    const workspace = twoCampWorkspace();
    const { user } = await openWorkspaceOn(main, workspace, 'Ranking');
    const results = screen.getByTestId('results');
    const names = workspace.participants.map((p) => p.name);
    expect(names.some((n) => results.textContent.includes(n))).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Hide names' }));
    const shown = screen.getByTestId('results');
    const everything = [
      shown.textContent,
      ...[...shown.querySelectorAll('[title], [aria-label]')].flatMap((el) => [
        el.getAttribute('title') ?? '',
        el.getAttribute('aria-label') ?? '',
      ]),
    ].join('\n');
    for (const name of names) expect(everything).not.toContain(name);
    for (const name of names) {
      const initials = name
        .split(' ')
        .map((w) => w[0])
        .join('');
      expect(within(shown).queryByText(initials, { exact: true })).toBeNull();
    }
    const colours = new Set(workspace.participants.map((p) => p.colour.toLowerCase()));
    const dots = [...shown.querySelectorAll<HTMLElement>('.strip-dot')];
    expect(dots.length).toBeGreaterThan(0);
    for (const dot of dots) expect(colours.has(dot.style.background.toLowerCase())).toBe(false);

    // People are numbered by distance from the consensus (closest first), the same in
    // the grid and in the list, so a number says nothing about who voted when.
    const rows = screen.getAllByTestId('distance-row');
    const labels = rows.map((row) => row.querySelector('.distance-name')!.textContent);
    const values = rows.map((row) => Number(row.querySelector('.distance-value')!.textContent));
    expect(labels).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    const header = [...shown.querySelectorAll('.heatmap thead th')].map((th) => th.textContent).slice(1);
    expect(header).toEqual(labels);
  });
});
