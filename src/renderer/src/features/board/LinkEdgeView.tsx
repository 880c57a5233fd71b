import {
  BaseEdge,
  EdgeLabelRenderer,
  useStore,
  type EdgeProps,
  type InternalNode,
  type ReactFlowState,
} from '@xyflow/react';
import { memo, useCallback } from 'react';
import { LINK_STYLES } from '../../../../shared/domain/board';
import type { LinkEdge } from './boardNodes';
import { useZoomedOut } from './levelOfDetail';

/** How far short of a card's border a link stops: the arrowhead clears the border and the handle. */
const END_GAP = 11;

/**
 * A typed link: colour, dash and arrow from LINK_STYLES (the legend and exports use them too).
 * It runs centre to centre and stops at each card's border, as in the exported image, so
 * it never crosses its own cards and its arrowhead is never under one.
 */
function LinkEdgeComponent({ id, source, target, data, selected }: EdgeProps<LinkEdge>) {
  const zoomedOut = useZoomedOut() && (data?.manyCards ?? false);
  // One subscription for both ends, compared by identity: React Flow replaces a node's
  // internal record whenever it moves or is measured. (Two useInternalNode calls compare
  // every field of both nodes on every frame of a pan: 3,000 comparisons on a big board.)
  const [from, to] = useStore(
    useCallback(
      (s: ReactFlowState) => [s.nodeLookup.get(source), s.nodeLookup.get(target)] as const,
      [source, target],
    ),
    sameEnds,
  );
  if (!data || !from || !to) return null;
  const a = centreOf(from);
  const b = centreOf(to);
  const start = borderPoint(a, b, from);
  const end = borderPoint(b, a, to);
  const path = `M${start.x},${start.y} L${end.x},${end.y}`;
  const s = LINK_STYLES[data.link.kind];
  // Up to 40 cards every link keeps its dash and its cost at every zoom, as the legend
  // says. Past that, zoomed out, the light form: colour tells kinds apart, costs wait for
  // a closer look (a thousand dashed lines cost more frames than the budget allows).
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={s.arrow ? `url(#board-arrow-${selected ? 'selected' : 'default'})` : undefined}
        interactionWidth={16}
        style={{
          stroke: selected ? '#1f4fd8' : s.stroke,
          strokeWidth: selected ? s.width + 2 : s.width,
          strokeDasharray: zoomedOut ? undefined : (s.dash ?? undefined),
          opacity: data.dimmed ? 0.15 : 1,
        }}
      />
      {data.link.kind === 'trades-off' && data.link.cost && !data.dimmed && !zoomedOut ? (
        <EdgeLabelRenderer>
          <div
            className="board-edge-label nodrag nopan"
            style={{
              transform: `translate(-50%, -50%) translate(${a.x + (b.x - a.x) * data.labelAt}px, ${a.y + (b.y - a.y) * data.labelAt}px)`,
            }}
          >
            {data.link.cost}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

type Ends = readonly [InternalNode | undefined, InternalNode | undefined];
const sameEnds = (a: Ends, b: Ends) => a[0] === b[0] && a[1] === b[1];

function centreOf(node: InternalNode): { x: number; y: number } {
  const { x, y } = node.internals.positionAbsolute;
  return { x: x + (node.measured.width ?? 0) / 2, y: y + (node.measured.height ?? 0) / 2 };
}

/** Where the line from `c` towards `other` leaves the node's box, plus the end gap. */
function borderPoint(
  c: { x: number; y: number },
  other: { x: number; y: number },
  node: InternalNode,
): { x: number; y: number } {
  const dx = other.x - c.x;
  const dy = other.y - c.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return c;
  const halfW = (node.measured.width ?? 0) / 2;
  const halfH = (node.measured.height ?? 0) / 2;
  const toBorder = 1 / Math.max(Math.abs(dx) / halfW || 0, Math.abs(dy) / halfH || 0);
  const t = Math.min(1, toBorder + END_GAP / length);
  return { x: c.x + dx * t, y: c.y + dy * t };
}

export const LinkEdgeView = memo(LinkEdgeComponent);
