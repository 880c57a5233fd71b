import type { Fit } from './paginate';
import { titleRoom, TITLE_ONE_LINE } from './rowHeights';
import type { AgendaPlanRow, SlideContentMap } from './slideTypes';

/**
 * Estimated heights (CSS px) of the agenda, time and parking-lot slides' rows, in the way
 * rowHeights.ts estimates the other tables: they decide where a long list continues on
 * the next slide, so they err tall. Characters are counted by how wide they print: a
 * Chinese or Japanese character takes about two Latin ones, so a title in 汉字 wraps
 * (and its row grows) at half the length of one in English.
 */

/** Lines a text takes when about `perLine` Latin characters fit on a line. */
export function wideLines(text: string, perLine: number): number {
  let width = 0;
  for (const ch of text) width += isWide(ch) ? 2 : 1;
  return Math.max(1, Math.ceil(width / perLine));
}

/** CJK ideographs, kana, hangul and full-width forms print about twice as wide as Latin letters. */
function isWide(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

/**
 * A fit with the room the slide's title takes: a title the deck sets small (over 60
 * characters) as rowHeights.ts counts it, and a shorter one that still wraps at full size
 * because its characters are wide (a Chinese title of 35 characters) one full line more.
 * Counted with the "(10/12)" a continued slide adds.
 */
export function underSlideTitle<T>(fit: Fit<T>, title: string): Fit<T> {
  const shown = `${title} (10/12)`;
  const room =
    shown.length > TITLE_ONE_LINE ? titleRoom(shown) : wideLines(shown, TITLE_ONE_LINE) > 1 ? 48 : 0;
  return { ...fit, budget: fit.budget - room, firstBudget: (fit.firstBudget ?? fit.budget) - room };
}

/** The section's own text under the list takes room on the first slide. */
const firstBudget = (budget: number, markdown: string) =>
  markdown.trim() ? Math.max(budget / 2, budget - 24 * wideLines(markdown, 120) - 14) : budget;

/** Each day on a slide opens with a row of its own. */
export const DAY_HEADING = 36;

/** Under the "Times in …" line and the table's header row (about 60 px together). */
export const agendaFit = (markdown: string): Fit<AgendaPlanRow> => ({
  height: (r) =>
    14 +
    22 * wideLines(r.fixed ? `${r.title} Fixed start 12:30` : r.title, 64) +
    (r.conflictMinutes > 0 ? 20 : 0),
  budget: 460,
  firstBudget: firstBudget(460, markdown),
});

/**
 * The blocks' table beside the priorities' column: about 300 px for a title and its kind.
 * A row is never lower than its pair of bars. The totals line, the contested line and the
 * header row above it take about 110 px; without contested items, 36 px less.
 */
export const blockTimeFit = (
  markdown: string,
  contestedLine: boolean,
): Fit<SlideContentMap['time-spent']['rows'][number]> => {
  const budget = contestedLine ? 420 : 456;
  return {
    height: (r) => 14 + Math.max(30, 22 * wideLines(`${r.title} ${r.kind} review`, 34)),
    budget,
    firstBudget: firstBudget(budget, markdown),
  };
};

/** The priorities in the 340 px column: a name (with its "Contested" badge) and its minutes below. */
export const priorityTimeFit = (
  contestedLine: boolean,
): Fit<SlideContentMap['time-spent']['priorities'][number]> => ({
  height: (p) => 33 + 25 * wideLines(p.contested ? `${p.title} Contested ` : p.title, 28),
  budget: contestedLine ? 400 : 436,
});

/** The item (with its priority after it) beside where it went; the counts line above. */
export const parkedFit = (markdown: string): Fit<SlideContentMap['parking-lot']['rows'][number]> => ({
  height: (r) =>
    14 +
    22 * Math.max(wideLines(r.priority ? `${r.text} · ${r.priority}` : r.text, 66), wideLines(r.detail, 44)),
  budget: 450,
  firstBudget: firstBudget(450, markdown),
});
