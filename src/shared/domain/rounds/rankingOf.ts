import type { Tiered } from '../ranking';
import type { BallotContent, Round } from '../workspace';
import { pairwiseProgress, preference, pairKey, type Judgement } from './adaptivePairwise';

/**
 * Every ballot, whatever its method, read as a ranking (best first, ties in tiers), so
 * one engine gives consensus, agreement and contest for order, points, dots and pairwise
 * rounds alike. Items a ballot does not mention are tied last.
 */
export function rankingOf(round: Pick<Round, 'itemIds' | 'ahpStrength'>, content: BallotContent): Tiered {
  const items = new Set(round.itemIds);
  switch (content.kind) {
    case 'order':
      return content.tiers
        .map((tier) => tier.filter((id) => items.has(id)))
        .filter((tier) => tier.length > 0);
    case 'points':
    case 'dots': {
      const amount = new Map(content.allocation.map((a) => [a.itemId, a.amount]));
      return tiersByScore(round.itemIds, (id) => amount.get(id) ?? 0);
    }
    case 'pairwise': {
      const kept = content.judgements.filter((j) => items.has(j.a) && items.has(j.b));
      const progress = pairwiseProgress(round.itemIds, kept, round.ahpStrength);
      return progress.done ? progress.order : winsOrder(round.itemIds, kept);
    }
  }
}

/** Higher score first; equal scores share a tier. */
export function tiersByScore(ids: readonly string[], score: (id: string) => number): string[][] {
  const distinct = [...new Set(ids.map(score))].sort((a, b) => b - a);
  return distinct.map((s) => ids.filter((id) => score(id) === s));
}

/** After an item was removed, some answers are gone: order by answers won (equal = ½). */
function winsOrder(ids: readonly string[], judgements: readonly Judgement[]): string[][] {
  const answers = new Map(judgements.map((j) => [pairKey(j.a, j.b), j]));
  const wins = new Map(ids.map((id) => [id, 0]));
  for (const a of ids) {
    for (const b of ids) {
      if (a >= b) continue;
      const p = preference(answers, a, b);
      if (p === undefined) continue;
      wins.set(a, wins.get(a)! + (p === 1 ? 1 : p === 0 ? 0.5 : 0));
      wins.set(b, wins.get(b)! + (p === -1 ? 1 : p === 0 ? 0.5 : 0));
    }
  }
  return tiersByScore(ids, (id) => wins.get(id)!);
}
