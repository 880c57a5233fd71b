import { z } from 'zod';
import { analyzeDots, analyzePoints, type Allocation, type AllocationAnalysis } from '../../ranking';
import type { BallotMethodSpec, BallotRound, RoundSettingName, SettingSpec } from '../ballotMethod';
import { ROUND_LIMITS, roundItemId } from '../roundLimits';
import { tiersByScore } from './scoreTiers';

/** One stored shape for every "spread a fixed amount over the items" method. */
export const AllocationBallot = z.strictObject({
  kind: z.enum(['points', 'dots']),
  allocation: z
    .array(z.strictObject({ itemId: roundItemId, amount: z.number().int().min(0).max(10_000) }))
    .max(ROUND_LIMITS.items),
});
type AllocationContent = z.infer<typeof AllocationBallot>;
type AllocationKind = AllocationContent['kind'];
type AmountSetting = Extract<RoundSettingName, 'budget' | 'dots'>;

type AllocationMethod = {
  kind: AllocationKind;
  name: string;
  hint: string;
  /** The round setting that holds how much each person spreads. */
  amount: AmountSetting;
  defaultAmount: (itemCount: number) => number;
  analyze: (
    itemIds: string[],
    allocations: Allocation[],
    amount: number,
    labels: Record<string, string>,
  ) => AllocationAnalysis;
};

/** Each person spends exactly the round's amount, in whole units, on items of the round. */
function allocationProblem(
  round: BallotRound,
  content: AllocationContent,
  amount: AmountSetting,
): string | null {
  const items = new Set(round.itemIds);
  const budget = round[amount];
  const unit = content.kind;
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

function allocationMethod(method: AllocationMethod): BallotMethodSpec<AllocationContent> {
  const amountSetting: SettingSpec<number> = { default: method.defaultAmount, keptByOtherMethods: true };
  return {
    name: method.name,
    hint: method.hint,
    ballot: AllocationBallot,
    settings: method.amount === 'budget' ? { budget: amountSetting } : { dots: amountSetting },
    notThisRound: `This round does not use ${method.kind}.`,
    problem: (round, content) => allocationProblem(round, content, method.amount),
    ranking(round, content) {
      const amount = new Map(content.allocation.map((a) => [a.itemId, a.amount]));
      return tiersByScore(round.itemIds, (id) => amount.get(id) ?? 0);
    },
    withoutItem: (content, itemId) => ({
      kind: content.kind,
      allocation: content.allocation.filter((a) => a.itemId !== itemId),
    }),
    results(round, voterName, titles) {
      const allocations = round.ballots.flatMap((b) =>
        'allocation' in b.content
          ? [
              {
                voterId: b.participantId,
                voterName: voterName(b.participantId),
                points: amounts(round, b.content),
              },
            ]
          : [],
      );
      try {
        return { allocation: method.analyze(round.itemIds, allocations, round[method.amount], titles) };
      } catch {
        return { allocation: null }; // e.g. an item was removed after voting: the ranking view still stands
      }
    },
  };
}

/** Every item of the round with what this ballot gave it, zero included. */
function amounts(round: BallotRound, content: AllocationContent): Record<string, number> {
  return Object.fromEntries(
    round.itemIds.map((id) => [id, content.allocation.find((a) => a.itemId === id)?.amount ?? 0]),
  );
}

export const pointsMethod = allocationMethod({
  kind: 'points',
  name: '100 points',
  hint: 'Each person spreads a budget of points over the items.',
  amount: 'budget',
  defaultAmount: () => 100,
  analyze: (itemIds, allocations, budget, labels) =>
    analyzePoints(itemIds, allocations, budget, { candidateLabels: labels }),
});

export const dotsMethod = allocationMethod({
  kind: 'dots',
  name: 'Dots',
  hint: 'Each person places a few dots on the items that matter most.',
  amount: 'dots',
  /** About one dot per three items, between 1 and 10. */
  defaultAmount: (itemCount) => Math.max(1, Math.min(10, Math.round(itemCount / 3))),
  analyze: (itemIds, allocations, dots, labels) =>
    analyzeDots(itemIds, allocations, dots, { candidateLabels: labels }),
});
