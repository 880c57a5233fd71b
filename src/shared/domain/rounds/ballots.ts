import type { BallotContent, Round } from '../workspace';
import { pairwiseProgress } from './adaptivePairwise';

/**
 * Whether a ballot can be submitted, and if not, why, in words for the voter.
 * An incomplete ballot is never stored.
 */
export function ballotProblem(
  round: Pick<Round, 'method' | 'itemIds' | 'budget' | 'dots' | 'ahpStrength'>,
  content: BallotContent,
): string | null {
  const items = new Set(round.itemIds);
  switch (content.kind) {
    case 'order': {
      if (round.method !== 'order') return 'This round is not ranked by order.';
      const placed = content.tiers.flat();
      if (new Set(placed).size !== placed.length) return 'An item is placed twice.';
      if (placed.some((id) => !items.has(id))) return 'An item is not part of this round.';
      const missing = round.itemIds.length - placed.length;
      return missing > 0 ? `Place every item: ${missing} still to place.` : null;
    }
    case 'points':
    case 'dots': {
      if (round.method !== content.kind) return `This round does not use ${content.kind}.`;
      const budget = content.kind === 'points' ? round.budget : round.dots;
      const unit = content.kind === 'points' ? 'points' : 'dots';
      const ids = content.allocation.map((a) => a.itemId);
      if (new Set(ids).size !== ids.length || ids.some((id) => !items.has(id)))
        return 'The allocation lists an unknown item.';
      if (content.allocation.some((a) => !Number.isInteger(a.amount) || a.amount < 0)) {
        return `Use whole, positive numbers of ${unit}.`;
      }
      const spent = content.allocation.reduce((sum, a) => sum + a.amount, 0);
      if (spent < budget) return `${budget - spent} ${unit} left to give: spend exactly ${budget}.`;
      if (spent > budget) return `${spent - budget} ${unit} too many: spend exactly ${budget}.`;
      return null;
    }
    case 'pairwise': {
      if (round.method !== 'pairwise') return 'This round is not a pairwise comparison.';
      if (content.judgements.some((j) => !items.has(j.a) || !items.has(j.b) || j.a === j.b)) {
        return 'A comparison involves an unknown item.';
      }
      return pairwiseProgress(round.itemIds, content.judgements, round.ahpStrength).done
        ? null
        : 'Answer every question to finish.';
    }
  }
}
