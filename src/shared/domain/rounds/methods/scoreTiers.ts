/** Higher score first; equal scores share a tier. */
export function tiersByScore(ids: readonly string[], score: (id: string) => number): string[][] {
  const distinct = [...new Set(ids.map(score))].sort((a, b) => b - a);
  return distinct.map((s) => ids.filter((id) => score(id) === s));
}
