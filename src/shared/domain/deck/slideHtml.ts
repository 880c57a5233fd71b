import { agendaPlanBody, parkingLotBody, timeSpentBody } from './agendaSlidesHtml';
import { alignmentBody, rankingBody } from './chartSlidesHtml';
import { emptyNote, esc, markdownBlock } from './htmlParts';
import { TITLE_ONE_LINE } from './rowHeights';
import { cascadeBody, messagesBody } from './teamSlidesHtml';
import { trendsBody } from './trendSlidesHtml';
import type { Slide } from './slideTypes';
import {
  actionItemsBody,
  commitmentsBody,
  decisionsBody,
  kpiBody,
  prioritiesBody,
  risksBody,
} from './tableSlidesHtml';

export type SlidePosition = {
  /** 0-based place of the slide in the deck. */
  index: number;
  total: number;
};
export type SlideFooter = { confidential: boolean; organisation: string };

function footerHtml(position: SlidePosition, footer: SlideFooter): string {
  return (
    `<footer class="deck-footer"><span class="deck-footer-org" dir="auto">${esc(footer.organisation)}</span>` +
    (footer.confidential ? '<span class="deck-footer-confidential">Confidential</span>' : '') +
    `<span class="deck-footer-page">${position.index + 1} / ${position.total}</span></footer>`
  );
}

function bodyHtml(slide: Slide): string {
  switch (slide.kind) {
    case 'title':
      return '';
    case 'text':
      return slide.content.markdown.trim()
        ? markdownBlock(slide.content.markdown)
        : emptyNote('Nothing written here yet.');
    case 'ranking':
      return rankingBody(slide.content);
    case 'alignment':
      return alignmentBody(slide.content);
    case 'board':
      return (
        (slide.content.svg
          ? `<div class="deck-board">${slide.content.svg}</div>`
          : emptyNote(slide.content.message)) + markdownBlock(slide.content.markdown, 'deck-note')
      );
    case 'decisions':
      return decisionsBody(slide.content);
    case 'action-items':
      return actionItemsBody(slide.content);
    case 'priorities-focus':
      return prioritiesBody(slide.content);
    case 'risks':
      return risksBody(slide.content);
    case 'kpi':
      return kpiBody(slide.content);
    case 'commitments':
      return commitmentsBody(slide.content);
    case 'agenda-plan':
      return agendaPlanBody(slide.content);
    case 'time-spent':
      return timeSpentBody(slide.content);
    case 'parking-lot':
      return parkingLotBody(slide.content);
    case 'trends':
      return trendsBody(slide.content);
    case 'team-messages':
      return messagesBody(slide.content);
    case 'cascade':
      return cascadeBody(slide.content);
  }
}

/**
 * One slide as a static `<section class="deck-slide">` fragment: no script, no event
 * attributes, no style attributes (classes and SVG attributes only), all user text
 * escaped. The PDF document and the in-app preview use the very same fragment. Text a
 * user wrote takes its direction from its first letter (`dir="auto"`), so an Arabic or
 * Hebrew title reads right to left from the right edge while the slide stays left to right.
 */
export function slideHtml(slide: Slide, position: SlidePosition, footer: SlideFooter): string {
  const label = `Slide ${position.index + 1} of ${position.total}`;
  if (slide.kind === 'title') {
    const c = slide.content;
    const meta = [c.period, c.date].filter((s) => s.trim().length > 0).join(' · ');
    return (
      `<section class="deck-slide deck-slide-title" aria-label="${label}"><div class="deck-cover">` +
      (c.organisation ? `<p class="deck-cover-org" dir="auto">${esc(c.organisation)}</p>` : '') +
      `<h1 class="deck-cover-title" dir="auto">${esc(slide.title)}</h1>` +
      (c.subtitle ? `<p class="deck-cover-subtitle" dir="auto">${esc(c.subtitle)}</p>` : '') +
      `<p class="deck-cover-meta">${esc(meta)}</p>${markdownBlock(c.markdown)}</div>${footerHtml(position, footer)}</section>`
    );
  }
  return (
    `<section class="deck-slide deck-slide-${slide.kind}" aria-label="${label}">` +
    `<header class="deck-header"><h2 class="deck-title${slide.title.length > TITLE_ONE_LINE ? ' deck-title-long' : ''}" dir="auto">${esc(slide.title)}</h2></header>` +
    `<div class="deck-body">${bodyHtml(slide)}</div>${footerHtml(position, footer)}</section>`
  );
}
