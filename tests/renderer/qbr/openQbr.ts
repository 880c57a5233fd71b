import { act, screen, within } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetQbrView } from '../../../src/renderer/src/features/qbr';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import type { FakeMain } from '../fakeApi';
import { renderApp } from '../renderApp';

afterEach(() => resetQbrView());

/** The app with a seeded workspace open on its QBR tab (no deck yet). */
export async function openQbrTab(main: FakeMain) {
  const path = main.seed({ name: 'Q1 2027 QBR', kind: 'qbr', organisation: 'Northwind Ltd' });
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  await app.user.click(screen.getByRole('tab', { name: 'QBR' }));
  return { ...app, path };
}

/** …and a deck made in the usual QBR order (no template library in this window). */
export async function openDeck(main: FakeMain) {
  const app = await openQbrTab(main);
  await app.user.click(screen.getByRole('button', { name: 'Create deck' }));
  return app;
}

export const outline = () => screen.getByRole('list', { name: 'Deck sections' });
export const outlineTitles = () =>
  within(outline())
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('aria-label')!.replace(/^Section \d+: /, ''));
export const preview = () => screen.getByRole('region', { name: 'Slide preview' });

/** Opens a section in the editor by its name in the outline. */
export async function openSection(user: Awaited<ReturnType<typeof renderApp>>['user'], name: RegExp) {
  const row = within(outline())
    .getAllByRole('listitem')
    .find((li) => name.test(li.getAttribute('aria-label') ?? ''));
  if (!row) throw new Error(`No section matches ${String(name)}.`);
  await user.click(
    within(row)
      .getAllByRole('button')
      .find((b) => b.classList.contains('deck-section-open'))!,
  );
}
