import { createWorkspace, type Priority, type Workspace } from '../../../../src/shared/domain/workspace';
import { newPriority } from '../../../../src/shared/domain/priorities';

/** A small board: cards a–e with given impact/effort/status, no links yet. */
export function boardWith(
  cards: Array<Partial<Priority> & { id: string }>,
  capacity: number | null = null,
): Workspace {
  const w = createWorkspace(
    { name: 'Q1 2027 Leadership Offsite', kind: 'offsite', period: '2027-Q1', organisation: 'Northwind' },
    'ws-1',
    new Date('2027-01-10T09:00:00Z'),
  );
  return {
    ...w,
    priorities: cards.map((c) => ({ ...newPriority({ title: `Card ${c.id}` }, c.id), ...c })),
    board: { ...w.board, capacity },
  };
}
