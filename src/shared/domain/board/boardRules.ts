import type { Link, Priority, Workspace } from '../workspace';

/**
 * What the board warns about. Each warning names the cards it is about, so the side
 * panel can focus them on click. All derived from the workspace, never stored.
 */
export type BoardWarning =
  | { kind: 'over-capacity'; committedEffort: number; capacity: number; priorityIds: string[] }
  | { kind: 'committed-conflict'; linkId: string; priorityIds: [string, string] }
  | { kind: 'uncommitted-dependency'; linkId: string; priorityIds: [string, string] }
  | { kind: 'dependency-cycle'; priorityIds: string[] };

export type CapacityUse = {
  committedEffort: number;
  capacity: number | null;
  over: boolean;
  ratio: number | null;
};

/** Committed cards' effort against the quarter's capacity. */
export function capacityUse(w: Workspace): CapacityUse {
  const committedEffort = roundPoints(
    w.priorities.filter((p) => p.status === 'committed').reduce((sum, p) => sum + p.effort, 0),
  );
  const capacity = w.board.capacity;
  if (capacity === null) return { committedEffort, capacity, over: false, ratio: null };
  return {
    committedEffort,
    capacity,
    over: committedEffort > capacity,
    ratio: capacity === 0 ? (committedEffort > 0 ? Infinity : 0) : committedEffort / capacity,
  };
}

/** Sums of one-decimal scores drift (0.1 + 0.2); points are shown to one decimal. */
function roundPoints(n: number): number {
  return Math.round(n * 10) / 10;
}

export function boardWarnings(w: Workspace): BoardWarning[] {
  const warnings: BoardWarning[] = [];
  const byId = new Map(w.priorities.map((p) => [p.id, p]));
  const committed = (id: string) => byId.get(id)?.status === 'committed';

  const use = capacityUse(w);
  if (use.over && use.capacity !== null) {
    warnings.push({
      kind: 'over-capacity',
      committedEffort: use.committedEffort,
      capacity: use.capacity,
      priorityIds: w.priorities.filter((p) => p.status === 'committed').map((p) => p.id),
    });
  }
  for (const link of w.links) {
    if (link.kind === 'conflicts-with' && committed(link.from) && committed(link.to)) {
      warnings.push({ kind: 'committed-conflict', linkId: link.id, priorityIds: [link.from, link.to] });
    }
    if (link.kind === 'depends-on' && committed(link.from) && !committed(link.to) && byId.has(link.to)) {
      warnings.push({ kind: 'uncommitted-dependency', linkId: link.id, priorityIds: [link.from, link.to] });
    }
  }
  for (const cycle of dependencyCycles(w.priorities, w.links)) {
    warnings.push({ kind: 'dependency-cycle', priorityIds: cycle });
  }
  return warnings;
}

/**
 * Groups of cards whose "depends on" links go round in a circle (Tarjan's strongly
 * connected components, iterative so a long chain cannot overflow the stack). Each group
 * is listed in board order so the same cycle always reads the same way.
 */
export function dependencyCycles(priorities: readonly Priority[], links: readonly Link[]): string[][] {
  const order = new Map(priorities.map((p, i) => [p.id, i]));
  const next = new Map<string, string[]>();
  for (const l of links) {
    if (l.kind !== 'depends-on' || !order.has(l.from) || !order.has(l.to)) continue;
    next.set(l.from, [...(next.get(l.from) ?? []), l.to]);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  for (const root of priorities.map((p) => p.id)) {
    if (index.has(root)) continue;
    const work: Array<{ node: string; edge: number }> = [{ node: root, edge: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = next.get(frame.node) ?? [];
      if (frame.edge < targets.length) {
        const to = targets[frame.edge++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = (next.get(frame.node) ?? []).includes(frame.node);
        if (component.length > 1 || selfLoop) {
          cycles.push(component.sort((a, b) => order.get(a)! - order.get(b)!));
        }
      }
    }
  }
  return cycles.sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
}
