import type { Workspace } from './schema';

/**
 * What differs between two versions of a workspace, in sentences a facilitator can read
 * when the file changed behind their back ("compare").
 */
export function describeDifferences(mine: Workspace, theirs: Workspace): string[] {
  const out: string[] = [];
  const fields = [
    ['name', 'Name'],
    ['kind', 'Kind'],
    ['period', 'Period'],
    ['organisation', 'Organisation'],
  ] as const;
  for (const [key, label] of fields) {
    if (mine[key] !== theirs[key])
      out.push(`${label}: yours ${quoted(mine[key])}, theirs ${quoted(theirs[key])}.`);
  }
  out.push(...listDifferences('participant', mine.participants, theirs.participants, (p) => p.name));
  out.push(...listDifferences('priority', mine.priorities, theirs.priorities, (p) => p.title));
  const { cascade: a } = mine;
  const { cascade: b } = theirs;
  out.push(...listDifferences('department', a.departments, b.departments, (d) => d.name));
  out.push(...listDifferences('department objective', a.contributions, b.contributions, (c) => c.objective));
  const links = theirs.links.length - mine.links.length;
  if (links !== 0 || !sameJson(mine.links, theirs.links)) {
    out.push(`Links on the board: yours ${mine.links.length}, theirs ${theirs.links.length}.`);
  }
  return out;
}

function listDifferences<T extends { id: string }>(
  what: string,
  mine: readonly T[],
  theirs: readonly T[],
  label: (item: T) => string,
): string[] {
  const mineById = new Map(mine.map((x) => [x.id, x]));
  const theirsById = new Map(theirs.map((x) => [x.id, x]));
  const out: string[] = [];
  for (const item of mine) {
    const other = theirsById.get(item.id);
    if (!other) out.push(`Only in yours: ${what} “${label(item)}”.`);
    else if (!sameJson(item, other))
      out.push(`Changed in both: ${what} “${label(item)}” (theirs: “${label(other)}”).`);
  }
  for (const item of theirs) {
    if (!mineById.has(item.id)) out.push(`Only in theirs: ${what} “${label(item)}”.`);
  }
  return out;
}

const quoted = (text: string) => (text.trim() === '' ? '(empty)' : `“${text}”`);

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
