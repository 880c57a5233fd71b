import type { BallotContent } from '../../../../../shared/domain/workspace';

type AllocationContent = Extract<BallotContent, { allocation: unknown }>;
export type Allocation = AllocationContent['allocation'];

/** Amounts per item from an earlier ballot of the same kind, zero for the rest. */
export function initialAmounts(
  itemIds: readonly string[],
  initial: BallotContent | null,
  kind: AllocationContent['kind'],
): Record<string, number> {
  const earlier = new Map(initial?.kind === kind ? initial.allocation.map((a) => [a.itemId, a.amount]) : []);
  return Object.fromEntries(itemIds.map((id) => [id, earlier.get(id) ?? 0]));
}

/** Every item of the round, in the round's order, zeros included. */
export function toAllocation(itemIds: readonly string[], amount: (id: string) => number): Allocation {
  return itemIds.map((itemId) => ({ itemId, amount: amount(itemId) }));
}

export function plural(n: number, unit: string): string {
  return `${n} ${Math.abs(n) === 1 ? unit.replace(/s$/, '') : unit}`;
}
