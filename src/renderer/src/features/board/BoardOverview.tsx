import { Controls, MiniMap } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { BoardNode } from './boardNodes';
import { FIT_VIEW } from './fitView';

/**
 * The overview map and the zoom buttons, in the side panel rather than over the canvas:
 * on a projector they would otherwise sit on top of cards in the plot's corners.
 */
export function BoardOverview() {
  // The overview map draws every card again: it comes a moment after the cards themselves.
  const [showMiniMap, setShowMiniMap] = useState(false);
  useEffect(() => {
    const id = setTimeout(() => setShowMiniMap(true), 150);
    return () => clearTimeout(id);
  }, []);
  return (
    <section className="board-panel board-overview" aria-label="Overview and zoom">
      <div className="board-overview-map">
        {showMiniMap ? (
          <MiniMap
            pannable
            zoomable
            nodeColor={miniMapColour}
            ariaLabel="Board overview"
            style={{ width: 260, height: 130 }}
          />
        ) : null}
      </div>
      <Controls showInteractive={false} orientation="horizontal" fitViewOptions={FIT_VIEW} />
    </section>
  );
}

function miniMapColour(node: BoardNode): string {
  if (node.type === 'card') return node.data.priority.status === 'committed' ? '#009e73' : '#93a3b8';
  if (node.type === 'note') return '#f0e442';
  return 'transparent';
}
