import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  BoardUndoToast,
  ConfirmDeleteDialog,
} from '../../../src/renderer/src/features/board/BoardRemovalPrompts';
import { boardActions } from '../../../src/renderer/src/features/board/boardActions';
import { boardEdges } from '../../../src/renderer/src/features/board/boardNodes';
import { LaneNode } from '../../../src/renderer/src/features/board/BackdropNodes';
import { boardView, useBoardView } from '../../../src/renderer/src/features/board/store';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { addLink, addNote } from '../../../src/shared/domain/board';
import { addPriorities } from '../../../src/shared/domain/priorities';
import { castBallot, createRound } from '../../../src/shared/domain/rounds';
import { addParticipant } from '../../../src/shared/domain/workspace/participants';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { useDocument, documentActions } from '../../../src/renderer/src/document';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
  boardView.reset();
});

const current = () => useDocument.getState().current!.workspace;
const when = new Date('2027-01-10T09:00:00Z');

/** Three cards; “Launch in the EU” and “Enterprise SSO” are ranked in one ballot. */
async function openWithBallot() {
  const path = main.seed({ name: 'Q1 Offsite' });
  await act(() => workspaceActions.openRecent(path));
  let n = 0;
  act(() => {
    documentActions.edit((w) => {
      let next = addPriorities(
        w,
        [{ title: 'Launch in the EU' }, { title: 'Enterprise SSO' }, { title: 'Status page' }],
        () => `c${n++}`,
      );
      next = addParticipant(next, { name: 'Lena Ortiz' }, 'v1');
      next = createRound(
        next,
        { question: 'What first?', method: 'order', itemIds: ['c0', 'c1'] },
        'r1',
        when,
      );
      next = castBallot(next, 'r1', 'v1', { kind: 'order', tiers: [['c0'], ['c1']] }, when);
      next = addLink(next, { from: 'c0', to: 'c2', kind: 'depends-on' }, 'l1');
      return addNote(next, 'n1', { x: 0, y: 0 }, 'Ask Finance');
    });
  });
}

function Prompts() {
  const w = useDocument((s) => s.current!.workspace);
  return (
    <>
      <ConfirmDeleteDialog workspace={w} />
      <BoardUndoToast workspace={w} />
    </>
  );
}

describe('deleting on the board', () => {
  it('asks first when ballots rank the card, and Cancel keeps it', async () => {
    await openWithBallot();
    render(<Prompts />);
    act(() => boardView.select(['c0']));
    act(() => boardActions.removeSelection());
    const dialog = screen.getByRole('dialog', { name: 'Delete this card?' });
    expect(dialog.textContent).toContain('1 ballot ranks “Launch in the EU”');
    expect(current().priorities).toHaveLength(3);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(current().priorities).toHaveLength(3);

    act(() => boardActions.removeSelection());
    await userEvent.click(screen.getByRole('button', { name: 'Delete anyway' }));
    expect(current().priorities.map((p) => p.title)).toEqual(['Enterprise SSO', 'Status page']);
    expect(current().rounds[0]!.itemIds).toEqual(['c1']);
  });

  it('deletes an unranked card at once, and Undo in the toast brings it and its link back', async () => {
    await openWithBallot();
    render(<Prompts />);
    act(() => boardView.select(['c2']));
    act(() => boardActions.removeSelection());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(current().priorities).toHaveLength(2);
    expect(current().links).toEqual([]);
    expect(screen.getByRole('status').textContent).toContain('Deleted card “Status page”.');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(current().priorities.map((p) => p.title)).toContain('Status page');
    expect(current().links).toHaveLength(1);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers Undo for a deleted note and a deleted link, named', async () => {
    await openWithBallot();
    render(<Prompts />);
    act(() => boardView.select(['n1']));
    act(() => boardActions.removeSelection());
    expect(screen.getByRole('status').textContent).toContain('Deleted 1 note.');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(current().board.notes).toHaveLength(1);

    act(() => boardView.select([], 'l1'));
    act(() => boardActions.removeSelection());
    expect(screen.getByRole('status').textContent).toContain(
      'Deleted link “Launch in the EU” depends on “Status page”.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(current().links).toHaveLength(1);
  });

  it('hides Undo once another edit follows (Undo would take that one back instead)', async () => {
    await openWithBallot();
    render(<Prompts />);
    act(() => boardView.select(['n1']));
    act(() => boardActions.removeSelection());
    expect(screen.getByRole('status')).toBeTruthy();
    act(() => {
      boardActions.rename('c2', 'Public status page');
    });
    expect(screen.queryByRole('status')).toBeNull();
    expect(useBoardView.getState().removal).not.toBeNull();
  });
});

describe('the board in words', () => {
  it('names a link by its cards’ titles for screen readers', async () => {
    await openWithBallot();
    const [edge] = boardEdges(current(), '');
    expect(edge!.ariaLabel).toBe('Launch in the EU depends on Status page');
  });

  it('says “1 card”, not “1 cards”', async () => {
    await openWithBallot();
    const props = { data: { name: 'Sales', count: 1, width: 400 } } as unknown as ComponentProps<
      typeof LaneNode
    >;
    render(<LaneNode {...props} />);
    expect(screen.getByTestId('board-lane').textContent).toContain('1 card');
    expect(screen.getByTestId('board-lane').textContent).not.toContain('1 cards');
  });
});
