import type { Edge, Node } from '@xyflow/react';
import {
  axesOf,
  cardBox,
  labelSize,
  labelSpot,
  LINK_KIND_LABELS,
  matrixCentres,
  matrixPoint,
  type Axes,
  type BoardWarning,
} from '../../../../shared/domain/board';
import type { Link, Priority, Workspace } from '../../../../shared/domain/workspace';
import {
  CARD_GAP,
  CARD_H,
  CARD_W,
  DETAIL_CARD_LIMIT,
  LANE_H,
  laneNames,
  lanePosition,
  matrixFrame,
  plotScale,
  quadrantNameBoxes,
} from './geometry';
import type { BoardLayout } from './store';

export type CardData = {
  priority: Priority;
  axes: Axes;
  /** Not placed on these axes yet: drawn mid-board with a hint. */
  unplaced: boolean;
  /** Named in a warning: drawn with an alert edge. */
  warned: boolean;
  /** A search is on and this card does not match. */
  dimmed: boolean;
  isFocus: boolean;
  readOnly: boolean;
  /** More cards than full detail allows when zoomed out: the light form then. */
  manyCards: boolean;
};
export type NoteData = { text: string; readOnly: boolean };
export type MatrixData = {
  axes: Axes;
  scale: number;
  plot: { left: number; top: number; width: number; height: number };
  band: number;
};
export type LaneData = { name: string; count: number; width: number };
export type LinkData = {
  link: Link;
  dimmed: boolean;
  manyCards: boolean;
  /** Where along the link its cost label goes (0.5: the middle), clear of the cards. */
  labelAt: number;
};

export type CardNode = Node<CardData, 'card'>;
export type BoardNode =
  CardNode | Node<NoteData, 'note'> | Node<MatrixData, 'matrix'> | Node<LaneData, 'lane'>;
export type LinkEdge = Edge<LinkData, 'link'>;

export type NodeInputs = {
  workspace: Workspace;
  layout: BoardLayout;
  warnings: readonly BoardWarning[];
  query: string;
  graphPositions: Record<string, { x: number; y: number }> | null;
  readOnly: boolean;
};

export function matches(p: Priority, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q.length === 0) return true;
  return [p.title, p.owner, p.department, p.description].some((s) => s.toLowerCase().includes(q));
}

/**
 * The canvas's nodes for a layout. Matrix: cards at their scores over a quadrant
 * backdrop. Lanes: one row per department. Dependencies: positions from elkjs.
 * Notes stay where they were put in every layout.
 */
export function boardNodes(input: NodeInputs): BoardNode[] {
  const { workspace: w, layout, query, readOnly } = input;
  const axes = axesOf(w.board);
  const warned = new Set(input.warnings.flatMap((x) => (x.kind === 'over-capacity' ? [] : x.priorityIds)));
  const nodes: BoardNode[] = [];
  const lanes = laneNames(w.priorities.map((p) => p.department));
  const scale = plotScale(w.priorities.length);
  let centres: Map<string, { x: number; y: number }> | null = null;
  if (layout === 'matrix') {
    const frame = matrixFrame(scale);
    nodes.push({
      id: '__matrix',
      type: 'matrix',
      position: { x: frame.node.x, y: frame.node.y },
      data: { axes, scale, plot: frame.plot, band: frame.band },
      draggable: false,
      selectable: false,
      focusable: false,
      zIndex: -1,
      style: { width: frame.node.width, height: frame.node.height },
    });
    // At their scores where there is room, else at the nearest free spot: never stacked.
    centres = matrixCentres(
      w.priorities,
      axes,
      { left: 0, top: 0, width: frame.plot.width, height: frame.plot.height },
      { size: { w: CARD_W, h: CARD_H }, gap: CARD_GAP, obstacles: quadrantNameBoxes(w.board, scale) },
    );
  } else if (layout === 'lanes') {
    const counts = new Map<string, number>();
    for (const p of w.priorities) counts.set(p.department.trim(), (counts.get(p.department.trim()) ?? 0) + 1);
    const widest = Math.max(4, ...counts.values());
    lanes.forEach((name, i) => {
      const width = lanePosition(0, widest).x + 40;
      nodes.push({
        id: `__lane:${i}`,
        type: 'lane',
        position: { x: 0, y: i * LANE_H },
        data: { name, count: counts.get(name) ?? 0, width },
        draggable: false,
        selectable: false,
        focusable: false,
        zIndex: -1,
        style: { width, height: LANE_H },
      });
    });
  }
  const slots = new Map<string, number>();
  w.priorities.forEach((p, i) => {
    const point = matrixPoint(p, axes);
    let position: { x: number; y: number };
    if (centres) {
      const c = centres.get(p.id)!;
      position = { x: c.x - CARD_W / 2, y: c.y - CARD_H / 2 };
    } else if (layout === 'lanes') {
      const lane = lanes.indexOf(p.department.trim());
      const slot = slots.get(p.department.trim()) ?? 0;
      slots.set(p.department.trim(), slot + 1);
      position = lanePosition(lane, slot);
    } else position = input.graphPositions?.[p.id] ?? { x: (i % 10) * 240, y: Math.floor(i / 10) * 110 };
    nodes.push({
      id: p.id,
      type: 'card',
      position,
      draggable: !readOnly,
      connectable: !readOnly,
      data: {
        priority: p,
        axes,
        unplaced: layout === 'matrix' && !point.placed,
        warned: warned.has(p.id),
        dimmed: !matches(p, query),
        isFocus: w.focusPriorityId === p.id,
        readOnly,
        manyCards: w.priorities.length > DETAIL_CARD_LIMIT,
      },
    });
  });
  for (const n of w.board.notes) {
    nodes.push({
      id: n.id,
      type: 'note',
      position: { x: n.x, y: n.y },
      draggable: !readOnly,
      connectable: false,
      data: { text: n.text, readOnly },
    });
  }
  return nodes;
}

/** Card centres from the canvas's nodes: where link labels must keep clear of. */
export function cardCentres(nodes: readonly BoardNode[]): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  for (const n of nodes)
    if (n.type === 'card') out.set(n.id, { x: n.position.x + CARD_W / 2, y: n.position.y + CARD_H / 2 });
  return out;
}

export function boardEdges(
  w: Workspace,
  query: string,
  centres: ReadonlyMap<string, { x: number; y: number }> = new Map(),
): LinkEdge[] {
  const byId = new Map(w.priorities.map((p) => [p.id, p]));
  const boxes = w.links.some((l) => l.kind === 'trades-off' && l.cost)
    ? [...centres.values()].map((c) => cardBox(c, { w: CARD_W, h: CARD_H }))
    : [];
  const spotOf = (link: Link): number => {
    const a = centres.get(link.from);
    const b = centres.get(link.to);
    if (!a || !b || link.kind !== 'trades-off' || !link.cost) return 0.5;
    return labelSpot(a, b, labelSize(link.cost, 13, 220), boxes);
  };
  return w.links.map((link) => ({
    id: link.id,
    type: 'link',
    // "A depends on B" is drawn from A to B: the arrow points at what A needs.
    source: link.from,
    target: link.to,
    // Screen readers hear the cards by name, not React Flow's "Edge from c12 to c7".
    ariaLabel: linkLabel(link, byId),
    data: {
      link,
      manyCards: w.priorities.length > DETAIL_CARD_LIMIT,
      labelAt: spotOf(link),
      dimmed:
        query.trim() !== '' && !(matches(byId.get(link.from)!, query) || matches(byId.get(link.to)!, query)),
    },
  }));
}

/** “Launch in the EU depends on Enterprise SSO”, with the cost of a trade-off when stated. */
export function linkLabel(link: Link, byId: ReadonlyMap<string, Priority>): string {
  const from = byId.get(link.from)?.title ?? 'a deleted card';
  const to = byId.get(link.to)?.title ?? 'a deleted card';
  const cost = link.kind === 'trades-off' && link.cost ? `, at the cost of: ${link.cost}` : '';
  return `${from} ${LINK_KIND_LABELS[link.kind]} ${to}${cost}`;
}
