import { useEffect, useState } from 'react';
import { deckSeriesOf, type DeckSeries } from '../../../../shared/domain/deck/deckSeries';
import type { Workspace } from '../../../../shared/domain/workspace';
import { bridge, hasBridge } from '../../bridge';
import { useDocument } from '../../document';

/** Whether the deck has trend slides that compare with other quarters of a series. */
export const needsSeries = (workspace: Workspace): boolean =>
  Boolean(workspace.series && workspace.deck?.sections.some((s) => s.type === 'trends'));

/**
 * The series' quarters before the open one, asked of main over 'series:quarters' as the
 * Series tab asks (the open quarter named by the fields the window shows); undefined when
 * they cannot be read, and the trend slide then says so.
 */
export async function readDeckSeries(): Promise<DeckSeries | undefined> {
  const current = useDocument.getState().current;
  if (!current || !hasBridge()) return undefined;
  const w = current.workspace;
  const result = await bridge().series.quarters({
    handle: current.handle,
    current: { id: w.id, name: w.name, period: w.period, organisation: w.organisation, series: w.series },
  });
  return result.ok ? deckSeriesOf(result.value) : undefined;
}

type Read = { key: string; series: DeckSeries | undefined };

const keyOf = (workspace: Workspace) => `${workspace.id}|${JSON.stringify(workspace.series)}`;

/** The last answer read, for code outside React that derives the same slides (the projector's stage). */
let lastRead: Read | null = null;
const listeners = new Set<() => void>();

/** Called each time an answer arrives, so the projector's stage can be derived again with it. */
export function onDeckSeriesRead(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The series' earlier quarters as last read for this quarter and link: 'reading' until an
 * answer for them has come, undefined when they could not be read (or are not needed).
 */
export function deckSeriesRead(workspace: Workspace): DeckSeries | 'reading' | undefined {
  if (!needsSeries(workspace)) return undefined;
  return lastRead?.key === keyOf(workspace) ? lastRead.series : 'reading';
}

/**
 * The series' earlier quarters for the deck's trend slides: read when the deck has some,
 * and again when the series link changes, not on every edit. 'reading' until then.
 */
export function useDeckSeries(workspace: Workspace): DeckSeries | 'reading' | undefined {
  const wanted = needsSeries(workspace);
  const key = keyOf(workspace);
  const [read, setRead] = useState<Read | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void readDeckSeries()
      .catch(() => undefined)
      .then((series) => {
        if (!live) return;
        lastRead = { key, series };
        setRead(lastRead);
        for (const listener of listeners) listener();
      });
    return () => {
      live = false;
    };
  }, [wanted, key]);
  if (!wanted) return undefined;
  // An answer about another quarter or link is not this one's: still reading.
  return read?.key === key ? read.series : 'reading';
}
