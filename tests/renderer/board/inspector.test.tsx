import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CardInspector } from '../../../src/renderer/src/features/board/CardInspector';
import { RationaleDialog } from '../../../src/renderer/src/features/board/RationaleDialog';
import { boardView, useBoardView } from '../../../src/renderer/src/features/board/store';
import { boardActions } from '../../../src/renderer/src/features/board/boardActions';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { addPriorities } from '../../../src/shared/domain/priorities';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { useDocument, documentActions } from '../../../src/renderer/src/document';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
  boardView.reset();
});

const current = () => useDocument.getState().current!.workspace;

async function openWithCards() {
  const path = main.seed({ name: 'Q1 Offsite' });
  await act(() => workspaceActions.openRecent(path));
  let n = 0;
  act(() => {
    documentActions.edit((w) =>
      addPriorities(
        w,
        [{ title: 'Launch in the EU', impact: 8, effort: 6 }, { title: 'Enterprise SSO' }],
        () => `c${n++}`,
      ),
    );
  });
}

function Inspector() {
  const w = useDocument((s) => s.current!.workspace);
  const ids = useBoardView((s) => s.selectedIds);
  return <CardInspector workspace={w} selectedIds={ids} selectedLinkId={null} readOnly={false} />;
}

describe('the card inspector', () => {
  it('typing a score moves the card; a score out of range is refused with a message and changes nothing', async () => {
    await openWithCards();
    act(() => boardView.select(['c0']));
    render(<Inspector />);
    const user = userEvent.setup();
    const impact = screen.getByLabelText('Impact score');
    await user.clear(impact);
    await user.type(impact, '3.5');
    expect(current().priorities[0]).toMatchObject({ impact: 3.5, effort: 6 });
    await user.clear(impact);
    await user.type(impact, '12');
    expect(useBoardView.getState().error).toBe('Impact must be a number from 0 to 10.');
    expect(current().priorities[0]!.impact).toBe(1); // "1" was valid on the way to "12"
  });

  it('committing asks for a rationale; an empty one is refused; the entry lands in the decision log', async () => {
    await openWithCards();
    render(<RationaleWithWorkspace />);
    const user = userEvent.setup();
    act(() => boardActions.requestStatus('c1', 'committed'));
    expect(current().priorities[1]!.status).toBe('candidate');
    await user.click(screen.getByRole('button', { name: 'Commit' }));
    expect(screen.getByRole('alert').textContent).toMatch(/why/i);
    expect(current().decisions).toEqual([]);
    await user.type(screen.getByLabelText('Rationale'), 'Three enterprise deals wait on it');
    await user.click(screen.getByRole('button', { name: 'Commit' }));
    expect(current().priorities[1]!.status).toBe('committed');
    expect(current().decisions).toEqual([
      expect.objectContaining({
        kind: 'commit',
        why: 'Three enterprise deals wait on it',
        priorityIds: ['c1'],
      }),
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    // One undo takes back the status and its log entry together.
    act(() => documentActions.undo());
    expect(current().priorities[1]!.status).toBe('candidate');
    expect(current().decisions).toEqual([]);
  });
});

function RationaleWithWorkspace() {
  const w = useDocument((s) => s.current!.workspace);
  return <RationaleDialog workspace={w} />;
}
