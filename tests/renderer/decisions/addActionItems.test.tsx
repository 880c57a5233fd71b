import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { decisionLogView } from '../../../src/renderer/src/features/decisions';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { withDecisionLog } from '../../support/decisionLogDemo';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { renderApp } from '../renderApp';
import { useDocument, documentActions } from '../../../src/renderer/src/document';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
  decisionLogView.reset();
});

async function openLog() {
  const path = main.seed({ name: 'Q1 Offsite' });
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  act(() => {
    documentActions.edit(withDecisionLog);
  });
  await app.user.click(screen.getByRole('tab', { name: 'Decisions' }));
  return app;
}

const workspace = () => useDocument.getState().current!.workspace;
const entry = (what: string) => screen.getByRole('article', { name: new RegExp(`: ${what}$`) });

describe('adding action items', () => {
  it('keeps the form open for the next one, the focus back on its first field, even for the first item of a decision', async () => {
    const { user } = await openLog();
    const bare = workspace().decisions.find(
      (d) => !workspace().actionItems.some((a) => a.decisionId === d.id),
    )!;
    expect(bare).toBeDefined();
    const purpose = `Add action item for ${bare.what}`;
    await user.click(within(entry(bare.what)).getByRole('button', { name: '+ Add action item' }));
    await user.keyboard('Brief sales');
    await user.keyboard('{Enter}');

    const form = within(entry(bare.what)).getByRole('form', { name: purpose });
    const title = within(form).getByLabelText<HTMLInputElement>('New action');
    expect(document.activeElement).toBe(title);
    expect(title.value).toBe('');
    await user.keyboard('New prices{Enter}');
    expect(document.activeElement).toBe(within(entry(bare.what)).getByLabelText('New action'));
    expect(
      workspace()
        .actionItems.filter((a) => a.decisionId === bare.id)
        .map((a) => a.text),
    ).toEqual(['Brief sales', 'New prices']);
  }, 20_000); // typing through the whole app is slow on a loaded machine
});
