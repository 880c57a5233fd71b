import { BaseEdge, EdgeLabelRenderer, getStraightPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { LINK_STYLES } from '../../../../shared/domain/board';
import type { LinkEdge } from './boardNodes';
import { useZoomedOut } from './levelOfDetail';

/** A typed link: colour, dash and arrow from LINK_STYLES (the legend and exports use them too). */
function LinkEdgeComponent({ id, sourceX, sourceY, targetX, targetY, data, selected }: EdgeProps<LinkEdge>) {
  const zoomedOut = useZoomedOut();
  const [path, labelX, labelY] = getStraightPath({ sourceX, sourceY, targetX, targetY });
  if (!data) return null;
  const s = LINK_STYLES[data.link.kind];
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
          // Dashes are costly to rasterise and invisible when zoomed out: colour tells kinds apart there.
          strokeDasharray: zoomedOut ? undefined : (s.dash ?? undefined),
          opacity: data.dimmed ? 0.15 : 1,
        }}
      />
      {data.link.kind === 'trades-off' && data.link.cost && !data.dimmed && !zoomedOut ? (
        <EdgeLabelRenderer>
          <div
            className="board-edge-label nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {data.link.cost}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

export const LinkEdgeView = memo(LinkEdgeComponent);
