import { useDeferredValue, useMemo } from 'react';
import { buildSlides, slideHtml, type DeckSeries } from '../../../../shared/domain/deck';
import type { Workspace } from '../../../../shared/domain/workspace';
import { localDay } from '../../../../shared/domain/calendarDay';
import { useDeckSeries } from './deckSeries';

export type RenderedSlide = { id: string; sectionId: string; title: string; html: string };

/**
 * Every slide of the workspace's deck as markup, in order; [] when there is no deck.
 * `series`: the series' earlier quarters for the trend slides (left out: not read).
 */
export function renderSlides(
  workspace: Workspace,
  date = localDay(),
  series?: DeckSeries | 'reading',
): RenderedSlide[] {
  const deck = workspace.deck;
  if (!deck) return [];
  const slides = buildSlides(workspace, deck, { date, ...(series ? { series } : {}) });
  const footer = { confidential: deck.confidential, organisation: workspace.organisation };
  return slides.map((slide, index) => ({
    id: slide.id,
    sectionId: slide.sectionId,
    title: slide.title,
    html: slideHtml(slide, { index, total: slides.length }, footer),
  }));
}

/**
 * The deck's slides, recomputed when the workspace changes. Deferred, so typing in the
 * editor stays immediate and the preview follows a moment later when the deck is large
 * (ranking slides run the aggregation methods).
 */
export function useDeckSlides(workspace: Workspace): RenderedSlide[] {
  const deferred = useDeferredValue(workspace);
  const series = useDeckSeries(workspace);
  const date = localDay();
  return useMemo(() => renderSlides(deferred, date, series), [deferred, date, series]);
}
