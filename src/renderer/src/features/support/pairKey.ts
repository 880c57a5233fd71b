/** The same key for A → B and B → A: what links a pair's two cells on hover or focus. */
export const pairKey = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
