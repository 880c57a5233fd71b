import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  ConnectionMode,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { axesOf, type BoardWarning } from '../../../../shared/domain/board';
import type { Workspace } from '../../../../shared/domain/workspace';
import { LaneNode, MatrixNode } from './BackdropNodes';
import { boardActions } from './boardActions';
import { boardEdges, boardNodes, cardCentres, type BoardNode, type LinkEdge } from './boardNodes';
import { CardNode } from './CardNode';
import { FIT_VIEW } from './fitView';
import { laneAt, laneNames, matrixFrame, plotScale, scoreAt } from './geometry';
import { LinkEdgeView } from './LinkEdgeView';
import { NoteNode } from './NoteNode';
import { boardView, useBoardView } from './store';

const nodeTypes = { card: CardNode, note: NoteNode, matrix: MatrixNode, lane: LaneNode };
const edgeTypes = { link: LinkEdgeView };

/**
 * The React Flow canvas. It only displays the workspace and dispatches gestures: a drag
 * moves nodes locally for smoothness, and the drop becomes one workspace edit (scores on
 * the matrix, department in lanes, position for notes). Rules live in shared/domain/board.
 */
export function BoardCanvas({
  workspace,
  warnings,
  readOnly,
}: {
  workspace: Workspace;
  warnings: readonly BoardWarning[];
  readOnly: boolean;
}) {
  const layout = useBoardView((s) => s.layout);
  const query = useBoardView((s) => s.query);
  const graphPositions = useBoardView((s) => s.graphPositions);
  const focus = useBoardView((s) => s.focus);
  const request = useBoardView((s) => s.selectionRequest);
  const flow = useReactFlow();
  const scale = plotScale(workspace.priorities.length);
  const frame = useMemo(() => matrixFrame(scale), [scale]);

  const derived = useMemo(
    () => boardNodes({ workspace, layout, warnings, query, graphPositions, readOnly }),
    [workspace, layout, warnings, query, graphPositions, readOnly],
  );
  const derivedEdges = useMemo(
    () => boardEdges(workspace, query, cardCentres(derived)),
    [workspace, query, derived],
  );
  // The canvas owns selection and drag positions; the workspace owns everything else.
  // When the workspace changes, the new nodes keep what was selected; a selection asked for
  // from outside (a warning, paste, search) replaces it. Adjusted during render, as React
  // recommends for state that follows props, so there is no extra effect pass.
  const [nodes, setNodes] = useState<BoardNode[]>(derived);
  const [edges, setEdges] = useState<LinkEdge[]>(derivedEdges);
  const [seen, setSeen] = useState({ derived, derivedEdges, request });
  if (seen.derived !== derived || seen.derivedEdges !== derivedEdges || seen.request !== request) {
    let nextNodes = seen.derived !== derived ? keepSelection(derived, nodes) : nodes;
    let nextEdges = seen.derivedEdges !== derivedEdges ? keepSelection(derivedEdges, edges) : edges;
    if (request && seen.request !== request) {
      const ids = new Set(request.ids);
      nextNodes = nextNodes.map((n) =>
        n.selected === ids.has(n.id) ? n : { ...n, selected: ids.has(n.id) },
      );
      nextEdges = nextEdges.map((e) =>
        e.selected === (e.id === request.linkId) ? e : { ...e, selected: e.id === request.linkId },
      );
    }
    setSeen({ derived, derivedEdges, request });
    setNodes(nextNodes);
    setEdges(nextEdges);
  }

  const onNodesChange = useCallback(
    (changes: NodeChange<BoardNode>[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<LinkEdge>[]) => setEdges((current) => applyEdgeChanges(changes, current)),
    [],
  );
  const onSelectionChange = useCallback(({ nodes: n, edges: e }: OnSelectionChangeParams) => {
    const ids = n.filter((x) => x.type === 'card' || x.type === 'note').map((x) => x.id);
    const link = e[0]?.id ?? null;
    const current = useBoardView.getState();
    if (sameIds(current.selectedIds, ids) && current.selectedLinkId === link) return;
    boardView.mirrorSelection(ids, link);
  }, []);

  const onNodeDragStop = useCallback(
    (_: unknown, __: unknown, dragged: BoardNode[]) => {
      const cards = dragged.filter((n) => n.type === 'card');
      for (const note of dragged.filter((n) => n.type === 'note'))
        boardActions.updateNote(note.id, { x: Math.round(note.position.x), y: Math.round(note.position.y) });
      if (cards.length === 0) return;
      if (layout === 'matrix') {
        boardActions.placeCards(
          cards.map((n) => ({
            id: n.id,
            score: scoreAt(n.position, scale),
          })),
        );
      } else if (layout === 'lanes') {
        const lanes = laneNames(workspace.priorities.map((p) => p.department));
        for (const n of cards) boardActions.moveToLane(n.id, lanes[laneAt(n.position.y, lanes.length)]!);
        // Within a lane the order is the board's: snap back into the row.
        setNodes(derived);
      }
    },
    [layout, workspace, derived, scale],
  );

  const onConnect = useCallback((c: Connection) => {
    if (!c.source || !c.target) return;
    boardActions.link({ from: c.source, to: c.target, kind: useBoardView.getState().linkKind });
  }, []);

  useEffect(() => {
    if (!focus || focus.ids.length === 0) return;
    void flow.fitView({ nodes: focus.ids.map((id) => ({ id })), padding: 0.4, duration: 300, maxZoom: 1.4 });
  }, [focus, flow]);
  useEffect(() => {
    // The dependency layout arrives from its worker after the switch: show all of it then.
    if (layout !== 'dependencies' || !graphPositions) return;
    const id = requestAnimationFrame(() => void flow.fitView({ ...FIT_VIEW, duration: 450 }));
    return () => cancelAnimationFrame(id);
  }, [graphPositions, layout, flow]);
  useEffect(() => {
    // A new layout: show all of it.
    const id = requestAnimationFrame(() => void flow.fitView(FIT_VIEW));
    return () => cancelAnimationFrame(id);
  }, [layout, flow]);

  const axes = axesOf(workspace.board);
  return (
    <div className={`board-canvas board-layout-${layout}`} data-testid="tradeoff-board">
      <svg className="board-defs" aria-hidden="true">
        <defs>
          {(['default', 'selected'] as const).map((v) => (
            <marker
              key={v}
              id={`board-arrow-${v}`}
              viewBox="0 0 10 10"
              refX="10"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" fill={v === 'selected' ? '#1f4fd8' : '#1f2937'} />
            </marker>
          ))}
        </defs>
      </svg>
      <ReactFlow<BoardNode, LinkEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onSelectionChange={onSelectionChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={readOnly ? undefined : onConnect}
        connectionMode={ConnectionMode.Loose}
        isValidConnection={notToItself}
        nodesConnectable={!readOnly}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Meta', 'Control']}
        zoomOnDoubleClick={false}
        minZoom={0.05}
        maxZoom={2.5}
        fitView
        fitViewOptions={FIT_VIEW}
        defaultViewport={initialViewport(frame)}
        proOptions={{ hideAttribution: true }}
        translateExtent={
          layout === 'matrix'
            ? [
                [frame.node.x - frame.node.width, frame.node.y - frame.node.height],
                [frame.node.x + 2 * frame.node.width, frame.node.y + 2 * frame.node.height],
              ]
            : undefined
        }
        aria-label={`Trade-off board: ${axes.y.label} by ${axes.x.label}`}
      >
        {/* The matrix draws its own quadrants; a dot grid under them only costs frames. */}
        {layout === 'matrix' ? null : <Background gap={40} color="#e5e7eb" />}
      </ReactFlow>
    </div>
  );
}

/**
 * Roughly where fitView will land, from the window size: so the first render of a large
 * board is already zoomed out (and drawn in its light form) instead of at 100 %.
 */
function initialViewport(frame: ReturnType<typeof matrixFrame>): { x: number; y: number; zoom: number } {
  const paneW = Math.max(400, window.innerWidth - 340);
  const paneH = Math.max(300, window.innerHeight - 150);
  const { x, y, width, height } = frame.node;
  const zoom = Math.min((paneW - 32) / width, (paneH - 32) / height);
  return { x: (paneW - width * zoom) / 2 - x * zoom, y: (paneH - height * zoom) / 2 - y * zoom, zoom };
}

/** The domain refuses self-links too; this keeps the canvas from offering one. */
function notToItself(c: { source: string; target: string }): boolean {
  return c.source !== c.target;
}

function keepSelection<T extends { id: string; selected?: boolean }>(next: T[], prev: readonly T[]): T[] {
  const selected = new Set(prev.filter((x) => x.selected).map((x) => x.id));
  return selected.size === 0 ? next : next.map((x) => (selected.has(x.id) ? { ...x, selected: true } : x));
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
