import { z } from 'zod';
import type { BallotMethodSpec } from '../ballotMethod';
import { ROUND_LIMITS, roundItemId } from '../roundLimits';

export const OrderBallot = z.strictObject({
  kind: z.literal('order'),
  /** Best first; an inner list is a tie. */
  tiers: z.array(z.array(roundItemId).min(1).max(ROUND_LIMITS.items)).max(ROUND_LIMITS.items),
});
type OrderContent = z.infer<typeof OrderBallot>;

/** Full order: every item placed, best first, ties allowed. */
export const orderMethod: BallotMethodSpec<OrderContent> = {
  name: 'Full order',
  hint: 'Each person puts every item in order, best first.',
  ballot: OrderBallot,
  settings: {},
  notThisRound: 'This round is not ranked by order.',
  problem(round, content) {
    const items = new Set(round.itemIds);
    const placed = content.tiers.flat();
    if (new Set(placed).size !== placed.length) return 'An item is placed twice.';
    if (placed.some((id) => !items.has(id))) return 'An item is not part of this round.';
    const missing = round.itemIds.length - placed.length;
    return missing > 0 ? `Place every item: ${missing} still to place.` : null;
  },
  ranking(round, content) {
    const items = new Set(round.itemIds);
    return content.tiers.map((tier) => tier.filter((id) => items.has(id))).filter((tier) => tier.length > 0);
  },
  withoutItem: (content, itemId) => ({
    kind: 'order',
    tiers: content.tiers.map((t) => t.filter((i) => i !== itemId)).filter((t) => t.length > 0),
  }),
};
