import { useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo, useRef, type PointerEvent } from 'react';
import type { BoardNode } from './boardNodes';

/** The map's size in CSS px: it fits the narrow side panel. */
const MAP_W = 260;
const MAP_H = 130;
/** Room around the cards, in canvas units relative to the content's size. */
const MARGIN = 0.04;

type Box = { x: number; y: number; width: number; height: number };
type MapRect = Box & { id: string; fill: string };

const nodesOf = (s: ReactFlowState) => s.nodes;
const viewportOf = (s: ReactFlowState) =>
  `${s.transform[0]} ${s.transform[1]} ${s.transform[2]} ${s.width} ${s.height}`;

/**
 * The board in miniature with the part on screen outlined; press or drag on it to move the
 * view there. Written for large boards: React Flow's MiniMap subscribes once per node and
 * redraws every node on each frame of a pan, which on a thousand-card board costs more
 * than the cards themselves. Here the cards are drawn once per change of the nodes, in a
 * fixed frame, and only the outline follows the view through a single subscription.
 */
export function OverviewMap() {
  const nodes = useStore(nodesOf) as BoardNode[];
  const store = useStoreApi();
  const flow = useReactFlow();
  const svgRef = useRef<SVGSVGElement>(null);
  const { rects, frame } = useMemo(() => {
    // Measured sizes live in React Flow's lookup; `nodes` changes whenever they do.
    const { nodeLookup } = store.getState();
    const drawn: MapRect[] = [];
    for (const node of nodes) {
      const fill = colourOf(node);
      const internal = nodeLookup.get(node.id);
      if (!fill || !internal) continue;
      const { x, y } = internal.internals.positionAbsolute;
      drawn.push({
        id: node.id,
        fill,
        x,
        y,
        width: internal.measured.width ?? 0,
        height: internal.measured.height ?? 0,
      });
    }
    return { rects: drawn, frame: frameAround(drawn) };
  }, [nodes, store]);

  const toCanvas = (e: PointerEvent<SVGSVGElement>) => {
    const matrix = svgRef.current?.getScreenCTM();
    if (!matrix) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix.inverse());
    return { x: p.x, y: p.y };
  };
  const centreOn = (e: PointerEvent<SVGSVGElement>) => {
    const p = toCanvas(e);
    if (!p) return;
    const { width, height, transform } = store.getState();
    const zoom = transform[2];
    void flow.setViewport({ x: width / 2 - p.x * zoom, y: height / 2 - p.y * zoom, zoom });
  };

  return (
    <svg
      ref={svgRef}
      className="board-minimap"
      role="img"
      aria-label="Board overview"
      width={MAP_W}
      height={MAP_H}
      viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        centreOn(e);
      }}
      onPointerMove={(e) => {
        if (e.currentTarget.hasPointerCapture(e.pointerId)) centreOn(e);
      }}
    >
      <MapCards rects={rects} />
      <ViewOutline frame={frame} />
    </svg>
  );
}

const MapCards = memo(function MapCards({ rects }: { rects: readonly MapRect[] }) {
  return (
    <g>
      {rects.map((r) => (
        <rect key={r.id} x={r.x} y={r.y} width={r.width} height={r.height} fill={r.fill} />
      ))}
    </g>
  );
});

/** The part of the canvas on screen, clipped to the map so it never grows the map's frame. */
function ViewOutline({ frame }: { frame: Box }) {
  const viewport = useStore(viewportOf);
  const [tx, ty, zoom, width, height] = viewport.split(' ').map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (!(zoom > 0)) return null;
  const seen = { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
  const x = Math.max(frame.x, seen.x);
  const y = Math.max(frame.y, seen.y);
  const right = Math.min(frame.x + frame.width, seen.x + seen.width);
  const bottom = Math.min(frame.y + frame.height, seen.y + seen.height);
  if (right <= x || bottom <= y) return null;
  return (
    <rect
      className="board-minimap-view"
      x={x}
      y={y}
      width={right - x}
      height={bottom - y}
      vectorEffect="non-scaling-stroke"
    />
  );
}

/** The cards' bounding box with a margin, or a unit box for an empty board. */
function frameAround(rects: readonly Box[]): Box {
  if (rects.length === 0) return { x: 0, y: 0, width: 1, height: 1 };
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const r of rects) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  const margin = Math.max(right - left, bottom - top) * MARGIN;
  return {
    x: left - margin,
    y: top - margin,
    width: right - left + 2 * margin,
    height: bottom - top + 2 * margin,
  };
}

/** Committed cards stand out; backdrops (quadrants, lanes) are not drawn. */
function colourOf(node: BoardNode): string | null {
  if (node.type === 'card') return node.data.priority.status === 'committed' ? '#009e73' : '#93a3b8';
  if (node.type === 'note') return '#e6d96a';
  return null;
}
