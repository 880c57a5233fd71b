import { Controls } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { FIT_VIEW } from './fitView';
import { OverviewMap } from './OverviewMap';

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
      <div className="board-overview-map">{showMiniMap ? <OverviewMap /> : null}</div>
      <Controls showInteractive={false} orientation="horizontal" fitViewOptions={FIT_VIEW} />
    </section>
  );
}
