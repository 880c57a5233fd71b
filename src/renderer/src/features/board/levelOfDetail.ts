import { useStore, type ReactFlowState } from '@xyflow/react';

/**
 * Below this zoom a card is a few pixels of text: it is drawn as its title only, and links
 * lose their dashes and labels. The room cannot read the detail at that size anyway, and
 * a 1,000-card board then paints about as cheaply as React Flow's plain nodes.
 */
export const DETAIL_FROM_ZOOM = 0.55;

const zoomedOut = (s: ReactFlowState) => s.transform[2] < DETAIL_FROM_ZOOM;

/** True while the view is zoomed out; components re-render only when that flips. */
export function useZoomedOut(): boolean {
  return useStore(zoomedOut);
}
