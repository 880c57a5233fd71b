import type { FitViewOptions } from '@xyflow/react';

/**
 * How "show everything" frames the board: a small even margin in screen pixels. Nothing
 * floats over the canvas (the overview and zoom buttons live in the side panel), so the
 * margin only has to keep the outermost cards off the edge.
 */
export const FIT_VIEW: FitViewOptions = { padding: '16px', duration: 0 };
