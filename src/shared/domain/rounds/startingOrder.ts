/**
 * Where each voter's full-order ballot starts. Items typed first would otherwise start at
 * the top for everyone, and a voter in a hurry leaves much of the list where it is: the
 * order of typing would leak into the result. So each voter starts from their own
 * shuffle, fixed by a seed (round and voter), so the same ballot opened again shows the
 * same start.
 */
export function shuffledStart(itemIds: readonly string[], seed: string): string[] {
  const random = mulberry32(fnv1a(seed));
  const order = [...itemIds];
  // Fisher–Yates: every permutation equally likely for a uniform source.
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** The seed of one voter's start in one round. */
export function startSeed(roundId: string, participantId: string): string {
  return `${roundId}\u0000${participantId}`;
}

/** FNV-1a, 32 bits: a string to a well-spread integer. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A small, fast pseudo-random source with a 32-bit state; plenty for a fair shuffle of ≤ 200 items. */
function mulberry32(state: number): () => number {
  let a = state;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
