/** "1 card", "2 cards", "0 cards": a count with its noun, as people write it. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
