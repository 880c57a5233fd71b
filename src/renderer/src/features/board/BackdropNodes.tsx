import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { countOf } from '../../../../shared/domain/board';
import type { LaneData, MatrixData } from './boardNodes';
import { NO_DEPARTMENT, QUADRANT_FONT } from './geometry';

/**
 * The four labelled quadrants and the axes, drawn in canvas space so they pan and zoom.
 * The axis titles sit in bands outside the gutter where edge cards overhang the plot, so
 * no card ever covers them.
 */
function MatrixBackdrop({ data }: NodeProps<Node<MatrixData, 'matrix'>>) {
  const { axes, scale, plot, band } = data;
  return (
    // Labels grow with the plot so they stay readable when a large board is zoomed out.
    <div className="board-matrix-frame" aria-hidden="true" style={{ fontSize: `${16 * scale}px` }}>
      <div
        className="board-matrix"
        style={{ left: plot.left, top: plot.top, width: plot.width, height: plot.height }}
      >
        {axes.quadrants.map((q, i) => (
          <div key={i} className={`board-quadrant board-quadrant-${i}`}>
            <span style={{ fontSize: `${QUADRANT_FONT * scale}px` }}>{q}</span>
          </div>
        ))}
      </div>
      <div
        className="board-axis board-axis-x"
        style={{ left: plot.left, width: plot.width, bottom: 0, height: band }}
      >
        <span>{axes.x.low}</span>
        <strong>{axes.x.label} →</strong>
        <span>{axes.x.high}</span>
      </div>
      <div
        className="board-axis board-axis-y"
        style={{ left: 0, width: band, top: plot.top, height: plot.height }}
      >
        <span>{axes.y.low}</span>
        <strong>{axes.y.label} →</strong>
        <span>{axes.y.high}</span>
      </div>
    </div>
  );
}

function LaneBackdrop({ data }: NodeProps<Node<LaneData, 'lane'>>) {
  return (
    <div className="board-lane" data-testid="board-lane">
      <div className="board-lane-label">
        <strong>{data.name || NO_DEPARTMENT}</strong>
        <span className="muted">{countOf(data.count, 'card')}</span>
      </div>
    </div>
  );
}

export const MatrixNode = memo(MatrixBackdrop);
export const LaneNode = memo(LaneBackdrop);
