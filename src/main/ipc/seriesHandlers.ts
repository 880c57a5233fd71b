import { randomUUID } from 'node:crypto';
import type { AppServices, HandlerMap } from './handlers';
import { nodeFsPort } from '../services/fsPort';
import { SeriesService } from '../services/seriesService';

type SeriesChannel = Extract<keyof HandlerMap, `series:${string}`>;

/**
 * The quarter series' channels: each one call into the series service, made over the app's
 * own workspaces and recents when the app does not pass one in.
 */
export function seriesHandlers(s: AppServices): Pick<HandlerMap, SeriesChannel> {
  const series =
    s.series ??
    new SeriesService({
      fs: s.fs ?? nodeFsPort,
      recents: s.recents,
      workspaces: s.workspaces,
      newId: randomUUID,
      clock: () => new Date(),
    });
  return {
    'series:createNextQuarter': (request) => series.createNextQuarter(request),
    'series:quarters': (request) => series.quarters(request),
    'series:repoint': (request) => series.repoint(request),
  };
}
