import { DndContext } from '@dnd-kit/core';
import { SortableContext } from '@dnd-kit/sortable';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  DragHandle,
  MoveButtons,
  useSortableRow,
  type KeyboardMoves,
} from '../../src/renderer/src/ui/SortableRow';

function Row({ id, moves }: { id: string; moves?: KeyboardMoves }) {
  const { row, handle } = useSortableRow(id, { keyboardMoves: moves });
  return (
    <li {...row} aria-label={id}>
      <DragHandle handle={handle} name={id} />
      <MoveButtons name={id} index={id === 'First' ? 0 : 1} count={2} onMove={() => {}} />
    </li>
  );
}

function List({ moves }: { moves?: KeyboardMoves }) {
  return (
    <DndContext>
      <SortableContext items={['First', 'Second']}>
        <ol>
          <Row id="First" moves={moves} />
          <Row id="Second" />
        </ol>
      </SortableContext>
    </DndContext>
  );
}

describe('a sortable row', () => {
  it('names its handle and its buttons after the row, and cannot move past either end', () => {
    render(<List />);
    expect(screen.getByRole('button', { name: 'Drag “First” to reorder' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Move “First” up' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Move “First” down' }).hasAttribute('disabled')).toBe(false);
    expect(screen.getByRole('button', { name: 'Move “Second” down' }).hasAttribute('disabled')).toBe(true);
  });

  it('moves one place with Alt+arrows on the handle, and to an end with Alt+Home / Alt+End only when it can', async () => {
    const moves = { onStep: vi.fn(), onEdge: vi.fn(), canMoveUp: false, canMoveDown: true };
    render(<List moves={moves} />);
    const handle = screen.getByRole('button', { name: 'Drag “First” to reorder' });
    expect(handle.getAttribute('aria-keyshortcuts')).toBe('Alt+ArrowUp Alt+ArrowDown Alt+Home Alt+End');
    handle.focus();
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(moves.onStep).toHaveBeenCalledWith(1);
    fireEvent.keyDown(handle, { key: 'Home', altKey: true });
    expect(moves.onEdge).not.toHaveBeenCalled();
    fireEvent.keyDown(handle, { key: 'End', altKey: true });
    expect(moves.onEdge).toHaveBeenCalledWith('bottom');
    // A row without keyboard moves leaves its handle to dnd-kit alone.
    const other = screen.getByRole('button', { name: 'Drag “Second” to reorder' });
    expect(other.hasAttribute('aria-keyshortcuts')).toBe(false);
  });
});
