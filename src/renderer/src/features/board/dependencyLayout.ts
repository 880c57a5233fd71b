import ELK, { type ElkNode } from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import type { Workspace } from '../../../../shared/domain/workspace';
import { CARD_H, CARD_W } from './geometry';

export type Positions = Record<string, { x: number; y: number }>;

/**
 * The dependency view as an ELK graph: what a card depends on sits to its left, so the
 * quarter reads left to right in the order work can happen. Other link kinds are drawn
 * but do not shape the layout. Pure: the tests check it without a worker.
 */
export function dependencyGraph(w: Workspace): ElkNode {
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '28',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      // Unlinked cards are packed below the graph instead of one long column.
      'elk.separateConnectedComponents': 'true',
    },
    children: w.priorities.map((p) => ({ id: p.id, width: CARD_W, height: CARD_H })),
    edges: w.links
      .filter((l) => l.kind === 'depends-on')
      .map((l) => ({ id: l.id, sources: [l.to], targets: [l.from] })),
  };
}

export function positionsOf(laidOut: ElkNode): Positions {
  const out: Positions = {};
  for (const child of laidOut.children ?? []) out[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
  return out;
}

let elk: InstanceType<typeof ELK> | null = null;

/** Layout runs in a worker (elkjs ships one), so a 1,000-card board never freezes the UI. */
export async function layoutDependencies(w: Workspace): Promise<Positions> {
  elk ??= new ELK({ workerUrl: elkWorkerUrl });
  return positionsOf(await elk.layout(dependencyGraph(w)));
}
