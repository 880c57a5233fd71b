import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, screen } from '@testing-library/react';
import { documentActions, useDocument } from '../../../src/renderer/src/document';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { decodeWorkspace, type Workspace } from '../../../src/shared/domain/workspace';
import type { FakeMain } from '../fakeApi';
import { renderApp } from '../renderApp';

/** The v7 fixture's priorities, decisions, messages and cascade: Sales, Engineering, Finance. */
export function cascadeFixture(): Workspace {
  const text = readFileSync(join(import.meta.dirname, '../../fixtures/workspace/v7.json'), 'utf8');
  const decoded = decodeWorkspace(text);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.workspace;
}

/** The app with a workspace open on its Cascade tab, filled from the v7 fixture. */
export async function openCascade(main: FakeMain, change: (w: Workspace) => Workspace = (w) => w) {
  const path = main.seed({ name: 'Q1 Offsite' });
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  const fx = change(cascadeFixture());
  act(() => {
    documentActions.edit((w) => ({
      ...w,
      priorities: fx.priorities,
      links: fx.links,
      focusPriorityId: fx.focusPriorityId,
      decisions: fx.decisions,
      agreedMessages: fx.agreedMessages,
      successDefinition: fx.successDefinition,
      cascade: fx.cascade,
    }));
  });
  await app.user.click(screen.getByRole('tab', { name: 'Cascade' }));
  await screen.findByRole('heading', { name: 'Cascade' });
  return { ...app, path };
}

export const current = () => useDocument.getState().current!.workspace;
export const objective = (id: string) => current().cascade.contributions.find((c) => c.id === id)!;
