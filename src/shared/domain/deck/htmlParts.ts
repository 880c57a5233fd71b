import { escapeMarkup } from '../markup';
import { renderMarkdown } from './markdown';

/** Small markup helpers shared by the slide renderers; every argument named `text` is escaped. */
export const esc = escapeMarkup;

export function markdownBlock(source: string, extraClass = ''): string {
  if (source.trim().length === 0) return '';
  return `<div class="deck-md${extraClass ? ` ${extraClass}` : ''}" dir="auto">${renderMarkdown(source)}</div>`;
}

export function emptyNote(text: string): string {
  return `<p class="deck-empty">${esc(text)}</p>`;
}

/** A table with a header row; cells are already-built markup. */
export function table(className: string, headers: readonly string[], rows: readonly string[][]): string {
  const head = headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<table class="deck-table ${className}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** 12,500 or 3.25: numbers as a reader expects them, independent of the machine's locale. */
export function formatNumber(n: number | null): string {
  if (n === null) return '–';
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export function withUnit(n: number | null, unit: string): string {
  if (n === null) return '–';
  const u = unit.trim();
  if (u.length === 0) return esc(formatNumber(n));
  return u === '%' ? `${esc(formatNumber(n))}%` : `${esc(formatNumber(n))} ${esc(u)}`;
}
