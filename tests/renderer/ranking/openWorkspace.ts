import { act, screen } from '@testing-library/react';
import { afterEach } from 'vitest';
import { rankingView, useRankingView } from '../../../src/renderer/src/features/ranking';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import type { Workspace } from '../../../src/shared/domain/workspace';
import type { FakeMain } from '../fakeApi';
import { renderApp } from '../renderApp';

afterEach(() => {
  rankingView.reset();
  useRankingView.setState({ hideNames: false });
});

/** The app with `workspace` (e.g. one with revealed rounds) open on `tab`. */
export async function openWorkspaceOn(main: FakeMain, workspace: Workspace, tab: string) {
  const path = main.seed({ name: workspace.name });
  const stored = main.onDisk(path)!;
  Object.assign(stored, { ...workspace, id: stored.id });
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  await app.user.click(screen.getByRole('tab', { name: tab }));
  return { ...app, path };
}
