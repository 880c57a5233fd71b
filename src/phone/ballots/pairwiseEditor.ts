import { pairKey, pairwiseProgress, type Judgement } from '../../shared/domain/rounds/adaptivePairwise';
import type { BallotContent } from '../../shared/domain/workspace';
import { button, h } from '../dom';
import { titleOf, type EditorProps } from './types';

type PairwiseContent = Extract<BallotContent, { kind: 'pairwise' }>;

/** Saaty's scale as the laptop words it; the even numbers sit between these. */
const SAATY: Readonly<Record<number, string>> = {
  1: 'Equally',
  3: 'Moderately more',
  5: 'Strongly more',
  7: 'Very strongly more',
  9: 'Extremely more',
};

/** The side picked while its strength is asked (rounds with strengths), per pair. */
let pending: { key: string; prefer: 'a' | 'b' } | null = null;

/**
 * "Which matters more?" one pair at a time, asked in the same order as on the laptop (the
 * shared adaptive replay), with "Equal" and a way back. With strengths, a pick is followed
 * by "how much more", 1 to 9.
 */
export function pairwiseEditor({ round, draft, change }: EditorProps<PairwiseContent>): HTMLElement {
  const itemIds = round.items.map((i) => i.id);
  const judgements = draft.judgements;
  const progress = pairwiseProgress(itemIds, judgements, round.ahpStrength);
  const answer = (a: string, b: string, prefer: Judgement['prefer'], strength: number) => {
    pending = null;
    const key = pairKey(a, b);
    change({
      kind: 'pairwise',
      judgements: [...judgements.filter((j) => pairKey(j.a, j.b) !== key), { a, b, prefer, strength }],
    });
  };
  const undo = button(
    'Back',
    () => {
      pending = null;
      change({ kind: 'pairwise', judgements: judgements.slice(0, -1) });
    },
    { class: 'button-quiet', disabled: judgements.length === 0, label: 'Back to the previous question' },
  );
  if (progress.done) {
    return h('div', { class: 'ballot-pairwise' }, [
      h('p', { class: 'hint', text: `All ${judgements.length} questions answered. Your order:` }),
      h(
        'ol',
        { class: 'result-list' },
        progress.order.map((tier) => h('li', { text: tier.map((id) => titleOf(round, id)).join(' = ') })),
      ),
      h('div', { class: 'row-buttons' }, [
        undo,
        button('Start again', () => change({ kind: 'pairwise', judgements: [] }), { class: 'button-quiet' }),
      ]),
    ]);
  }
  const { a, b } = progress.next;
  const key = pairKey(a, b);
  const [first, second] = shownSwapped(a, b) ? [b, a] : [a, b];
  const counter = h('p', {
    class: 'pair-count',
    text: `Question ${progress.asked + 1} of ${round.ahpStrength ? '' : 'about '}${progress.total}`,
  });
  if (pending?.key === key) {
    const picked = pending.prefer;
    const [winner, loser] = picked === 'a' ? [a, b] : [b, a];
    return h('div', { class: 'ballot-pairwise' }, [
      counter,
      h('p', { class: 'pair-question' }, [
        'How much more does ',
        h('q', { text: titleOf(round, winner) }),
        ' matter than ',
        h('q', { text: titleOf(round, loser) }),
        '?',
      ]),
      h(
        'div',
        { class: 'strength-grid' },
        [2, 3, 4, 5, 6, 7, 8, 9].map((n) => strengthButton(n, () => answer(a, b, picked, n))),
      ),
      h('div', { class: 'row-buttons' }, [
        button(
          'Choose again',
          () => {
            pending = null;
            change(draft);
          },
          { class: 'button-quiet' },
        ),
      ]),
    ]);
  }
  const pick = (id: string) => {
    const prefer = id === a ? 'a' : 'b';
    if (round.ahpStrength) {
      pending = { key, prefer };
      change(draft);
    } else answer(a, b, prefer, 1);
  };
  return h('div', { class: 'ballot-pairwise' }, [
    counter,
    h('p', { class: 'pair-question', text: 'Which matters more?' }),
    button(titleOf(round, first), () => pick(first), { class: 'pair-choice', testId: 'pair-first' }),
    button(titleOf(round, second), () => pick(second), { class: 'pair-choice', testId: 'pair-second' }),
    h('div', { class: 'row-buttons' }, [
      undo,
      button('They matter equally', () => answer(a, b, 'equal', 1), { class: 'button-quiet' }),
    ]),
  ]);
}

/** A number of Saaty's scale, its words under it where the scale has words. */
function strengthButton(n: number, onPick: () => void): HTMLButtonElement {
  const words = SAATY[n];
  const b = button('', onPick, { label: `${n} of 9${words ? `: ${words}` : ''}` });
  b.append(
    h('span', { class: 'strength-number', text: String(n) }),
    words ? h('span', { class: 'strength-label', text: words }) : '',
  );
  return b;
}

/** Half of all pairs are shown the other way round, fixed per pair, so habit favours no item. */
function shownSwapped(a: string, b: string): boolean {
  let hash = 0x811c9dc5;
  const key = pairKey(a, b);
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash & 1) === 1;
}
