import type { BallotContent } from '../../shared/domain/workspace';
import { button, h } from '../dom';
import { titleOf, type EditorProps } from './types';

type AllocationContent = Extract<BallotContent, { kind: 'points' | 'dots' }>;

/**
 * 100 points or dots: each item a row with − and + and what it has. Points can be typed
 * too (a step of 5 takes many taps to reach 35); the laptop's rule (spend exactly the
 * budget, whole numbers) is checked before sending, so the count left is always shown.
 */
export function allocationEditor({ round, draft, change }: EditorProps<AllocationContent>): HTMLElement {
  const kind = draft.kind;
  const budget = kind === 'points' ? round.budget : round.dots;
  const step = kind === 'points' ? 5 : 1;
  const amounts = new Map(draft.allocation.map((a) => [a.itemId, a.amount]));
  const spent = [...amounts.values()].reduce((sum, n) => sum + n, 0);
  const left = budget - spent;
  const set = (id: string, amount: number) => {
    const next = new Map(amounts);
    next.set(id, Math.max(0, amount));
    change({
      kind,
      allocation: round.items
        .map((item) => ({ itemId: item.id, amount: next.get(item.id) ?? 0 }))
        .filter((a) => a.amount > 0),
    });
  };
  const rows = round.items.map((item) => {
    const amount = amounts.get(item.id) ?? 0;
    const title = item.title;
    const value =
      kind === 'points'
        ? pointsInput(amount, title, (n) => set(item.id, n))
        : h('span', { class: 'amount', text: String(amount), attrs: { 'aria-label': `${amount} dots` } });
    return h('li', { class: 'alloc-row', attrs: { 'data-item': item.id } }, [
      h('span', { class: 'alloc-title' }, [
        titleOf(round, item.id),
        kind === 'dots' && amount > 0
          ? h('span', {
              class: 'dots',
              text: '●'.repeat(Math.min(amount, 20)),
              attrs: { 'aria-hidden': 'true' },
            })
          : null,
      ]),
      h('span', { class: 'alloc-controls' }, [
        button('−', () => set(item.id, amount - Math.min(step, amount)), {
          class: 'button-icon',
          label: `Fewer ${kind} for “${title}”`,
          disabled: amount === 0,
        }),
        value,
        button('+', () => set(item.id, amount + Math.min(step, left)), {
          class: 'button-icon',
          label: `More ${kind} for “${title}”`,
          disabled: left <= 0,
        }),
      ]),
    ]);
  });
  const leftText =
    left >= 0 ? `${left} of ${budget} ${kind} left` : `${-left} ${kind} too many (spend exactly ${budget})`;
  return h('div', { class: 'ballot-allocation' }, [
    h('p', {
      class: `alloc-left${left === 0 ? ' alloc-done' : left < 0 ? ' alloc-over' : ''}`,
      text: leftText,
      attrs: { 'data-testid': 'left' },
    }),
    h('ul', { class: 'alloc-list' }, rows),
  ]);
}

function pointsInput(amount: number, title: string, set: (n: number) => void): HTMLInputElement {
  const input = h('input', {
    class: 'amount-input',
    attrs: {
      type: 'number',
      inputmode: 'numeric',
      min: '0',
      step: '1',
      'aria-label': `Points for “${title}”`,
    },
  });
  input.value = String(amount);
  input.addEventListener('change', () => {
    const n = Number(input.value);
    set(Number.isFinite(n) ? Math.round(n) : 0);
  });
  return input;
}
