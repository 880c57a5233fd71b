import { quote } from '../ranking/errors';
import { listInWords } from '../ranking/resultWording';
import type { Link, Priority } from '../workspace/schema';
import type { Contribution, Department } from './cascadeSchema';

/**
 * What a facilitator should look at in the cascade, derived every time from the
 * departments, their contributions and the board (never stored, so it cannot go stale).
 * Every flag says in plain words what is wrong and what to do, and names the things to
 * click: the department, the objectives, the priorities, the board link.
 *
 * Built for 500 contributions over 30 priorities and 12 departments within a frame:
 * everything is indexed by id once, and no step compares contributions with each other.
 */
export const FLAG_KINDS = ['orphan', 'uncovered', 'overloaded', 'local-optimisation', 'conflicting'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export type FlagTarget = { kind: 'department' | 'contribution' | 'priority' | 'link'; id: string };

export type CascadeFlag = {
  kind: FlagKind;
  departmentId?: string;
  contributionId?: string;
  priorityId?: string;
  message: string;
  targets: FlagTarget[];
};

export type CascadeInput = {
  priorities: ReadonlyArray<Pick<Priority, 'id' | 'title' | 'status'>>;
  links: ReadonlyArray<Pick<Link, 'id' | 'from' | 'to' | 'kind'>>;
  /** The quarter's single focus priority; without one there is no local-optimisation check. */
  focusPriorityId: string | null;
  departments: readonly Department[];
  contributions: readonly Contribution[];
};

/** Effort sums are compared with this slack so 0.1 + 0.2 is not "over" a capacity of 0.3. */
const EFFORT_TOLERANCE = 1e-9;

type Index = {
  titles: Map<string, string>;
  statuses: Map<string, Priority['status']>;
  committed: Set<string>;
  departmentNames: Map<string, string>;
  byDepartment: Map<string, Contribution[]>;
};

function indexOf(input: CascadeInput): Index {
  const titles = new Map<string, string>();
  const statuses = new Map<string, Priority['status']>();
  const committed = new Set<string>();
  for (const p of input.priorities) {
    titles.set(p.id, p.title);
    statuses.set(p.id, p.status);
    if (p.status === 'committed') committed.add(p.id);
  }
  const departmentNames = new Map(input.departments.map((d) => [d.id, d.name] as const));
  const byDepartment = new Map<string, Contribution[]>();
  for (const c of input.contributions) {
    const list = byDepartment.get(c.departmentId);
    if (list) list.push(c);
    else byDepartment.set(c.departmentId, [c]);
  }
  return { titles, statuses, committed, departmentNames, byDepartment };
}

const departmentName = (ix: Index, id: string) =>
  ix.departmentNames.get(id) ?? 'A department no longer listed';
const titleOf = (ix: Index, id: string) => quote(ix.titles.get(id) ?? 'a deleted priority');

export function cascadeFlags(input: CascadeInput): CascadeFlag[] {
  const ix = indexOf(input);
  return [
    ...orphans(input, ix),
    ...uncovered(input),
    ...overloaded(input, ix),
    ...localOptimisation(input, ix),
    ...conflicting(input, ix),
  ];
}

/** An objective that serves no committed company priority. */
function orphans(input: CascadeInput, ix: Index): CascadeFlag[] {
  const flags: CascadeFlag[] = [];
  for (const c of input.contributions) {
    if (c.priorityIds.some((p) => ix.committed.has(p))) continue;
    const who = departmentName(ix, c.departmentId);
    const why =
      c.priorityIds.length === 0
        ? 'is linked to no company priority'
        : `is linked only to ${listInWords(c.priorityIds.map((p) => notCommitted(ix, p)))}`;
    flags.push({
      kind: 'orphan',
      departmentId: c.departmentId,
      contributionId: c.id,
      message: `${who}’s objective ${quote(c.objective)} ${why}. Link it to the committed priority it serves, or ask whether ${who} should spend effort on it this quarter.`,
      targets: [
        { kind: 'contribution', id: c.id },
        { kind: 'department', id: c.departmentId },
        ...c.priorityIds.filter((p) => ix.titles.has(p)).map((id) => ({ kind: 'priority' as const, id })),
      ],
    });
  }
  return flags;
}

function notCommitted(ix: Index, priorityId: string): string {
  const status = ix.statuses.get(priorityId);
  if (status === undefined) return 'a priority that no longer exists';
  return `${titleOf(ix, priorityId)}, which is ${status === 'candidate' ? 'still a candidate' : status}, not committed`;
}

/** A committed priority no department contributes to. */
function uncovered(input: CascadeInput): CascadeFlag[] {
  const covered = new Set<string>();
  for (const c of input.contributions) for (const p of c.priorityIds) covered.add(p);
  return input.priorities
    .filter((p) => p.status === 'committed' && !covered.has(p.id))
    .map((p) => ({
      kind: 'uncovered' as const,
      priorityId: p.id,
      message: `No department contributes to ${quote(p.title)}. Ask which department will carry it, or whether it is really committed.`,
      targets: [{ kind: 'priority' as const, id: p.id }],
    }));
}

/** A department whose objectives add up to more effort than it said it has. */
function overloaded(input: CascadeInput, ix: Index): CascadeFlag[] {
  const flags: CascadeFlag[] = [];
  for (const d of input.departments) {
    const own = ix.byDepartment.get(d.id) ?? [];
    const effort = own.reduce((sum, c) => sum + c.effort, 0);
    if (effort <= d.capacity + EFFORT_TOLERANCE) continue;
    const over = points(effort - d.capacity);
    flags.push({
      kind: 'overloaded',
      departmentId: d.id,
      message: `${d.name} has ${points(effort)} effort points of objectives against a capacity of ${points(d.capacity)} (${over} over). Drop or defer an objective, or agree a larger capacity.`,
      targets: [
        { kind: 'department', id: d.id },
        ...own.map((c) => ({ kind: 'contribution' as const, id: c.id })),
      ],
    });
  }
  return flags;
}

const points = (n: number) => String(Math.round(n * 10) / 10);

/**
 * A department that ranks objectives which do not serve the focus above every objective
 * that does. A department with nothing for the focus is not flagged here: the focus may
 * simply not be its work (and the uncovered flag catches a focus nobody serves).
 */
function localOptimisation(input: CascadeInput, ix: Index): CascadeFlag[] {
  const focus = input.focusPriorityId;
  if (focus === null || !ix.committed.has(focus)) return [];
  const flags: CascadeFlag[] = [];
  for (const [departmentId, own] of ix.byDepartment) {
    let bestFocusRank = Infinity;
    for (const c of own) {
      if (c.localRank !== undefined && c.priorityIds.includes(focus))
        bestFocusRank = Math.min(bestFocusRank, c.localRank);
    }
    if (bestFocusRank === Infinity) continue;
    const above = own
      .filter(
        (c) => c.localRank !== undefined && c.localRank < bestFocusRank && !c.priorityIds.includes(focus),
      )
      .sort((a, b) => a.localRank! - b.localRank!);
    if (above.length === 0) continue;
    const who = departmentName(ix, departmentId);
    const count = above.length === 1 ? 'an objective of its own' : `${above.length} objectives of its own`;
    flags.push({
      kind: 'local-optimisation',
      departmentId,
      priorityId: focus,
      message: `${who} ranks ${count} (${listInWords(above.map((c) => quote(c.objective)))}) above its work on the company focus ${titleOf(ix, focus)}. Ask whether the focus should come first.`,
      targets: [
        { kind: 'department', id: departmentId },
        { kind: 'priority', id: focus },
        ...above.map((c) => ({ kind: 'contribution' as const, id: c.id })),
      ],
    });
  }
  return flags;
}

/** A department working toward two committed priorities that conflict on the board. */
function conflicting(input: CascadeInput, ix: Index): CascadeFlag[] {
  const conflicts = new Map<string, Array<{ other: string; linkId: string }>>();
  const addConflict = (a: string, b: string, linkId: string) => {
    const list = conflicts.get(a);
    if (list) list.push({ other: b, linkId });
    else conflicts.set(a, [{ other: b, linkId }]);
  };
  for (const l of input.links) {
    if (l.kind !== 'conflicts-with' || !ix.committed.has(l.from) || !ix.committed.has(l.to)) continue;
    addConflict(l.from, l.to, l.id);
    addConflict(l.to, l.from, l.id);
  }
  if (conflicts.size === 0) return [];
  const flags: CascadeFlag[] = [];
  for (const [departmentId, own] of ix.byDepartment) {
    const serving = new Map<string, Contribution[]>();
    for (const c of own) {
      for (const p of c.priorityIds) {
        if (!conflicts.has(p)) continue;
        const list = serving.get(p);
        if (list) list.push(c);
        else serving.set(p, [c]);
      }
    }
    const seenLinks = new Set<string>();
    for (const [p, forP] of serving) {
      for (const { other, linkId } of conflicts.get(p)!) {
        const forOther = serving.get(other);
        if (!forOther || seenLinks.has(linkId)) continue;
        seenLinks.add(linkId);
        flags.push(conflictFlag(ix, departmentId, linkId, [p, forP], [other, forOther]));
      }
    }
  }
  return flags;
}

function conflictFlag(
  ix: Index,
  departmentId: string,
  linkId: string,
  [a, forA]: [string, Contribution[]],
  [b, forB]: [string, Contribution[]],
): CascadeFlag {
  const who = departmentName(ix, departmentId);
  const both = forA.filter((c) => forB.includes(c));
  const pair = `${titleOf(ix, a)} and ${titleOf(ix, b)}`;
  const detail =
    both.length > 0
      ? `${listInWords(both.map((c) => quote(c.objective)))} ${both.length === 1 ? 'serves' : 'serve'} both`
      : `${listInWords(forA.map((c) => quote(c.objective)))} ${forA.length === 1 ? 'serves' : 'serve'} the first and ${listInWords(forB.map((c) => quote(c.objective)))} the second`;
  const involved = [...new Set([...forA, ...forB])];
  return {
    kind: 'conflicting',
    departmentId,
    message: `${who} works toward ${pair}, which conflict on the board: ${detail}. Decide with ${who} which comes first.`,
    targets: [
      { kind: 'department', id: departmentId },
      { kind: 'link', id: linkId },
      { kind: 'priority', id: a },
      { kind: 'priority', id: b },
      ...involved.map((c) => ({ kind: 'contribution' as const, id: c.id })),
    ],
  };
}
