import type { Deck, Workspace } from '../workspace';
import type { DeckBuildOptions } from './agendaSlides';
import { buildSlides } from './buildSlides';
import { DECK_CSS } from './deckCss.generated';
import { escapeMarkup } from '../markup';
import { slideHtml } from './slideHtml';

/** Nothing may load or run: inline styles and data: fonts/images only. */
export const DECK_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** The page rules belong to the printed document only, so deck.css is safe to load in the app. */
const PRINT_CSS =
  '@page { size: 13.333in 7.5in; margin: 0 } html, body { margin: 0; padding: 0; background: #ffffff; }';

/** deck.css as text (generated from it, so the domain needs no bundler to read it). */
export const deckCss = DECK_CSS;

/** CSS must not close the style element it sits in: `<` (never needed in CSS) becomes its CSS escape. */
const inStyle = (css: string) => css.replace(/</g, '\\3c ');

/**
 * The document's title, which a PDF keeps as its Title: "Q1 2027 Offsite – QBR", or for a
 * department's brief "Sales brief – Q1 2027 Offsite – 2027-Q1", so a brief forwarded on its
 * own never passes for the leadership's deck.
 */
export function deckTitle(workspace: Workspace, brief?: string): string {
  if (brief === undefined) return `${workspace.name} – QBR`;
  return [`${brief} brief`, workspace.name, workspace.period.trim()].filter(Boolean).join(' – ');
}

/**
 * The full static HTML document the PDF is printed from: one slide per page, the fonts
 * given as CSS (@font-face with data: URLs, read by the caller so this stays free of IO),
 * no script and a CSP that forbids any load besides inline styles and data: fonts.
 */
export function deckDocument(
  workspace: Workspace,
  deck: Deck,
  options: DeckBuildOptions & { fontFaceCss: string; brief?: string },
): string {
  const { fontFaceCss, brief, ...build } = options;
  const slides = buildSlides(workspace, deck, build);
  const footer = { confidential: deck.confidential, organisation: workspace.organisation };
  const body = slides
    .map((slide, index) => slideHtml(slide, { index, total: slides.length }, footer))
    .join('\n');
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${DECK_CSP}">` +
    `<title>${escapeMarkup(deckTitle(workspace, brief))}</title>` +
    `<style>${inStyle(fontFaceCss)}\n${inStyle(deckCss)}\n${PRINT_CSS}</style>` +
    `</head><body class="deck-document">\n${body}\n</body></html>\n`
  );
}
