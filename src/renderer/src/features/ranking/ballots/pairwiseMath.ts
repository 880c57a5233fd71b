import { ahp, judgementsToMatrix } from '../../../../../shared/domain/ranking';
import { pairKey, type Judgement } from '../../../../../shared/domain/rounds';

/** The Saaty scale, as offered to the voter (the even numbers sit between these). */
export const SAATY_LABELS: Readonly<Record<number, string>> = {
  1: 'Equally',
  3: 'Moderately more',
  5: 'Strongly more',
  7: 'Very strongly more',
  9: 'Extremely more',
};

export function strengthLabel(strength: number): string {
  return SAATY_LABELS[strength] ?? `Between ${SAATY_LABELS[strength - 1]} and ${SAATY_LABELS[strength + 1]}`;
}

/**
 * Whether the pair is shown the other way round (b on the left). Fixed per pair, so
 * undo and reloads show the same screen, but half of all pairs flip, so a habit of
 * picking one side does not favour the items that come first in the list.
 */
export function shownSwapped(a: string, b: string): boolean {
  let hash = 0x811c9dc5;
  const key = pairKey(a, b);
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash >>> 0) & 1) === 1;
}

export type Consistency = {
  cr: number;
  consistent: boolean;
  /** The answers that fit the rest worst, worst first (at most three). */
  worst: Judgement[];
};

/**
 * The voter's own consistency ratio (AHP), and which answers disagree most with the
 * weights their other answers imply: |ln(a_ij · w_j / w_i)| is 0 for an answer that fits
 * the weights exactly and grows with the contradiction. Null when there is nothing to
 * check (fewer than three items, or answers missing).
 */
export function consistencyOf(
  itemIds: readonly string[],
  judgements: readonly Judgement[],
): Consistency | null {
  if (itemIds.length < 3) return null;
  let matrix: number[][];
  try {
    matrix = judgementsToMatrix([...itemIds], { voterId: 'voter', judgements: [...judgements] });
  } catch {
    return null;
  }
  const result = ahp(matrix);
  const index = new Map(itemIds.map((id, i) => [id, i]));
  const deviation = (j: Judgement) => {
    const a = index.get(j.a)!;
    const b = index.get(j.b)!;
    return Math.abs(Math.log((matrix[a]![b]! * result.weights[b]!) / result.weights[a]!));
  };
  const worst = judgements
    .map((j) => ({ j, d: deviation(j) }))
    .filter(({ d }) => d > 1e-9)
    .sort((x, y) => y.d - x.d)
    .slice(0, 3)
    .map(({ j }) => j);
  return { cr: result.cr, consistent: result.consistent, worst };
}
