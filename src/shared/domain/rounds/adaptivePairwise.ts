import type { BallotContent } from '../workspace';

export type Judgement = Extract<BallotContent, { kind: 'pairwise' }>['judgements'][number];
export type PairwiseProgress =
  | { done: true; order: string[][]; asked: number; total: number }
  | { done: false; next: { a: string; b: string }; asked: number; total: number };

/**
 * "Which matters more, A or B?", asked adaptively: items are inserted one by one into
 * the order built so far by binary search, so a person answers about n·log₂n questions
 * instead of all n(n−1)/2 (12 items: 33 at most rather than 66). "Equal" joins a tier.
 *
 * Pure replay: given the answers so far, it returns the next question or the finished
 * order, so a ballot is just its list of answers and survives reloads.
 *
 * With AHP strengths every pair is asked, because the consistency ratio needs the full
 * comparison matrix.
 */
export function pairwiseProgress(
  itemIds: readonly string[],
  judgements: readonly Judgement[],
  allPairs = false,
): PairwiseProgress {
  const answers = new Map<string, Judgement>();
  for (const j of judgements) answers.set(pairKey(j.a, j.b), j);
  return allPairs ? allPairsProgress(itemIds, answers) : insertionProgress(itemIds, answers);
}

/** How x compares with y according to the answers: 1 = x preferred, -1 = y, 0 = equal. */
export function preference(
  answers: ReadonlyMap<string, Judgement>,
  x: string,
  y: string,
): 1 | 0 | -1 | undefined {
  const j = answers.get(pairKey(x, y));
  if (!j) return undefined;
  if (j.prefer === 'equal') return 0;
  const winner = j.prefer === 'a' ? j.a : j.b;
  return winner === x ? 1 : -1;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The most questions binary insertion can need for n items. */
export function maxInsertionQuestions(n: number): number {
  let total = 0;
  for (let k = 1; k < n; k++) total += Math.ceil(Math.log2(k + 1));
  return total;
}

function insertionProgress(
  itemIds: readonly string[],
  answers: ReadonlyMap<string, Judgement>,
): PairwiseProgress {
  const total = maxInsertionQuestions(itemIds.length);
  if (itemIds.length === 0) return { done: true, order: [], asked: 0, total };
  const tiers: string[][] = [[itemIds[0]!]];
  let asked = 0;
  for (let k = 1; k < itemIds.length; k++) {
    const x = itemIds[k]!;
    let lo = 0;
    let hi = tiers.length;
    let joined = false;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const rep = tiers[mid]![0]!;
      const p = preference(answers, x, rep);
      if (p === undefined) return { done: false, next: { a: x, b: rep }, asked, total };
      asked++;
      if (p === 0) {
        tiers[mid]!.push(x);
        joined = true;
        break;
      }
      if (p > 0) hi = mid;
      else lo = mid + 1;
    }
    if (!joined) tiers.splice(lo, 0, [x]);
  }
  return { done: true, order: tiers, asked, total: Math.max(total, asked) };
}

function allPairsProgress(
  itemIds: readonly string[],
  answers: ReadonlyMap<string, Judgement>,
): PairwiseProgress {
  const pairs: Array<[string, string]> = [];
  // Interleaved so the same item does not appear in many questions in a row.
  for (let gap = 1; gap < itemIds.length; gap++) {
    for (let i = 0; i + gap < itemIds.length; i++) pairs.push([itemIds[i]!, itemIds[i + gap]!]);
  }
  let asked = 0;
  for (const [a, b] of pairs) {
    if (preference(answers, a, b) === undefined)
      return { done: false, next: { a, b }, asked, total: pairs.length };
    asked++;
  }
  // The order: by wins (equal counts half), ties sharing a tier.
  const score = new Map(itemIds.map((id) => [id, 0]));
  for (const [a, b] of pairs) {
    const p = preference(answers, a, b)!;
    score.set(a, score.get(a)! + (p === 1 ? 1 : p === 0 ? 0.5 : 0));
    score.set(b, score.get(b)! + (p === -1 ? 1 : p === 0 ? 0.5 : 0));
  }
  const distinct = [...new Set(score.values())].sort((x, y) => y - x);
  const order = distinct.map((s) => itemIds.filter((id) => score.get(id) === s));
  return { done: true, order, asked, total: pairs.length };
}
