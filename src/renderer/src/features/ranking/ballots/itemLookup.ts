import type { BallotItem } from './types';

/** Finds an item by id; an id with no item (removed meanwhile) still gets a readable row. */
export function itemLookup(items: readonly BallotItem[]): (id: string) => BallotItem {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (id) => byId.get(id) ?? { id, title: 'Item no longer on the list', description: '' };
}
