import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { workspaceActions } from '../../src/renderer/src/features/workspaces';
import { installFakeApi, type FakeMain } from './fakeApi';
import { renderApp } from './renderApp';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});

async function openWith(names: string[]) {
  const path = main.seed({ name: 'Q1 Offsite', participants: names.map((name) => ({ name })) });
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  return app;
}

const names = () =>
  screen
    .getAllByTestId('participant-row')
    .map((row) => within(row).getByLabelText<HTMLInputElement>('Name').value);

describe('duplicate participants are pointed out, not silently added or dropped', () => {
  it('a name already on the list is not added until the facilitator says "Add anyway"', async () => {
    const { user } = await openWith(['Dana Whitfield', 'Ravi Menon']);
    await user.type(screen.getByLabelText('New participant name'), ' dana whitfield{Enter}');
    expect(screen.getByRole('alert').textContent).toContain(
      '“Dana Whitfield” is already in the list — not added.',
    );
    expect(names()).toEqual(['Dana Whitfield', 'Ravi Menon']);
    await user.click(screen.getByRole('button', { name: 'Add anyway' }));
    expect(names()).toEqual(['Dana Whitfield', 'Ravi Menon', 'dana whitfield']);
    expect(screen.getByText(/in the list twice/).textContent).toBe(
      '“Dana Whitfield” is in the list twice: add a surname so each person finds their own ballot.',
    );
  });

  it('typing another name clears the warning and adds as usual', async () => {
    const { user } = await openWith(['Dana Whitfield']);
    const input = screen.getByLabelText('New participant name');
    await user.type(input, 'Dana Whitfield{Enter}');
    expect(screen.getByRole('alert')).toBeTruthy();
    await user.type(input, ' Jr{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(names()).toEqual(['Dana Whitfield', 'Dana Whitfield Jr']);
  });
});
