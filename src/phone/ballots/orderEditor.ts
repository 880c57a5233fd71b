import type { BallotContent } from '../../shared/domain/workspace';
import { button, h } from '../dom';
import { titleOf, type EditorProps } from './types';

type OrderContent = Extract<BallotContent, { kind: 'order' }>;

/** The order as a flat list, best first (the phone offers no ties; a tie saved earlier is read in order). */
export const orderIds = (content: OrderContent): string[] => content.tiers.flat();
const orderOf = (ids: string[]): OrderContent => ({ kind: 'order', tiers: ids.map((id) => [id]) });

/**
 * Full order: each item a row with its rank, ↑ and ↓ (one step each, for anyone who does
 * not drag), and a handle to drag it with a finger. Dragging moves the rows themselves and
 * commits the new order when the finger lifts.
 */
export function orderEditor({ round, draft, change }: EditorProps<OrderContent>): HTMLElement {
  const ids = orderIds(draft);
  const move = (from: number, to: number) => {
    if (to < 0 || to >= ids.length || from === to) return;
    const next = [...ids];
    const [id] = next.splice(from, 1);
    next.splice(to, 0, id!);
    change(orderOf(next));
  };
  const list = h('ol', { class: 'order-list', attrs: { 'aria-label': 'Your order, best first' } });
  ids.forEach((id, index) => {
    const title = titleOf(round, id);
    const handle = h('span', {
      class: 'drag-handle',
      text: '⠿',
      attrs: { 'aria-hidden': 'true', 'data-testid': 'drag-handle' },
    });
    const row = h('li', { class: 'order-row', attrs: { 'data-item': id } }, [
      h('span', { class: 'order-rank', text: String(index + 1) }),
      h('span', { class: 'order-title', text: title }),
      h('span', { class: 'order-moves' }, [
        button('↑', () => move(index, index - 1), {
          class: 'button-icon',
          label: `Move “${title}” up`,
          disabled: index === 0,
        }),
        button('↓', () => move(index, index + 1), {
          class: 'button-icon',
          label: `Move “${title}” down`,
          disabled: index === ids.length - 1,
        }),
      ]),
      handle,
    ]);
    handle.addEventListener('pointerdown', (event) =>
      startDrag(event, row, list, (order) => change(orderOf(order))),
    );
    list.append(row);
  });
  return h('div', { class: 'ballot-order' }, [
    h('p', { class: 'hint', text: 'Put every item in order, best first: drag ⠿, or use ↑ and ↓.' }),
    list,
  ]);
}

/**
 * One drag of a row by its handle. The row follows the finger; it trades places with a
 * neighbour once it passes the neighbour's middle. The dragged row itself is never taken
 * out of the page (its neighbours move around it), so the browser keeps sending its events.
 */
function startDrag(
  down: PointerEvent,
  row: HTMLElement,
  list: HTMLElement,
  commit: (order: string[]) => void,
): void {
  if (down.button !== 0) return;
  down.preventDefault();
  const grab = down.clientY - row.getBoundingClientRect().top;
  let offset = 0;
  row.classList.add('dragging');
  const follow = (y: number) => {
    const layoutTop = row.getBoundingClientRect().top - offset;
    offset = y - grab - layoutTop;
    row.style.transform = `translateY(${offset}px)`;
    const centre = y - grab + row.offsetHeight / 2;
    const next = row.nextElementSibling as HTMLElement | null;
    const previous = row.previousElementSibling as HTMLElement | null;
    if (next && centre > middleOf(next)) {
      list.insertBefore(next, row);
      follow(y);
    } else if (previous && centre < middleOf(previous)) {
      list.insertBefore(previous, row.nextSibling);
      follow(y);
    }
  };
  const onMove = (event: PointerEvent) => {
    if (event.pointerId !== down.pointerId) return;
    event.preventDefault();
    follow(event.clientY);
  };
  const finish = (event: PointerEvent) => {
    if (event.pointerId !== down.pointerId) return;
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', finish);
    window.removeEventListener('pointercancel', finish);
    row.classList.remove('dragging');
    row.style.transform = '';
    const order = [...list.children].map((child) => (child as HTMLElement).dataset['item'] ?? '');
    commit(order);
  };
  window.addEventListener('pointermove', onMove, { passive: false });
  window.addEventListener('pointerup', finish);
  window.addEventListener('pointercancel', finish);
}

function middleOf(element: HTMLElement): number {
  const rect = element.getBoundingClientRect();
  return rect.top + rect.height / 2;
}
