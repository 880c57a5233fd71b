import type { ParkedOutcome } from '../workspace';
import { BLOCK_KIND_LABELS as KIND_LABELS, formatMinutes } from '../agenda/words';
import { emptyNote, esc, markdownBlock, table } from './htmlParts';
import type { SlideContentMap } from './slideTypes';

/** Bodies of the agenda, time-spent and parking-lot slides; every piece of user text is escaped. */

/** The badge colours deck.css has: green where the item landed, amber where it waits, red where it was dropped. */
const OUTCOME_TONE: Record<ParkedOutcome, string> = {
  open: 'at-risk',
  carried: 'in-progress',
  action: 'done',
  decision: 'commit',
  'next-session': 'deferred',
  'long-term': 'defer',
  dropped: 'dropped',
};

const badge = (tone: string, text: string) =>
  `<span class="deck-badge deck-badge-${esc(tone)}">${esc(text)}</span>`;
const cellText = (text: string) => `<span dir="auto">${esc(text)}</span>`;

export function agendaPlanBody(c: SlideContentMap['agenda-plan']): string {
  const timeZone = `<p class="deck-summary deck-small deck-muted">${esc(c.timeZone)}</p>`;
  if (c.days.every((d) => d.rows.length === 0)) {
    return timeZone + emptyNote(c.empty) + markdownBlock(c.markdown, 'deck-note');
  }
  // One table per slide; each day opens with a row of its own, so the columns line up across days.
  const body = c.days.flatMap((day) => [
    `<tr><td colspan="4"><strong>${esc(day.label)}${day.continued ? ' (continued)' : ''}</strong>` +
      ` <span class="deck-muted deck-small">${esc(day.summary)}</span></td></tr>`,
    ...day.rows.map((r) => {
      const fixed = r.fixed ? ` ${badge('focus', `Fixed start ${r.start}`)}` : '';
      const conflict =
        r.conflictMinutes > 0
          ? `<br><span class="deck-small">${badge('contested', 'Conflict')} The block before runs ${esc(formatMinutes(r.conflictMinutes))} past this fixed start.</span>`
          : '';
      return (
        `<tr><td class="deck-chart-cell">${esc(r.start)}–${esc(r.end)}</td>` +
        `<td><span dir="auto">${esc(r.title)}</span>${fixed}${conflict}</td>` +
        `<td class="deck-chart-cell">${esc(KIND_LABELS[r.kind])}</td><td class="deck-chart-cell">${esc(formatMinutes(r.minutes))}</td></tr>`
      );
    }),
  ]);
  const head = ['Time', 'Block', 'Kind', 'Duration'].map((h) => `<th scope="col">${h}</th>`).join('');
  return (
    timeZone +
    `<table class="deck-table deck-agenda"><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>` +
    markdownBlock(c.markdown, 'deck-note')
  );
}

const TRACK = '#b8c2d0';
const ACCENT = '#0b5cad';
const OVER = '#c2410c';

/** Planned (grey) above actual (blue, orange when over), on the scale all slides share. */
function barPairSvg(planned: number, actual: number, scale: number): string {
  const width = 220;
  const w = (m: number) => (m <= 0 ? 0 : Math.max(2, Math.round((m / scale) * width)));
  return (
    `<svg viewBox="0 0 ${width} 28" width="${width}" height="28" role="img" aria-label="Planned ${planned} min, actual ${actual} min">` +
    `<rect x="0" y="2" width="${w(planned)}" height="10" fill="${TRACK}"/>` +
    `<rect x="0" y="16" width="${w(actual)}" height="10" fill="${actual > planned ? OVER : ACCENT}"/></svg>`
  );
}

const difference = (planned: number, actual: number) =>
  actual === planned
    ? 'on time'
    : `${actual > planned ? '+' : '−'}${formatMinutes(Math.abs(actual - planned))}`;

const minutes = (n: number) => `${n} min`;

export function timeSpentBody(c: SlideContentMap['time-spent']): string {
  const { totals } = c;
  if (totals.blocks === 0) return emptyNote(c.empty) + markdownBlock(c.markdown, 'deck-note');
  const summary =
    `<p class="deck-summary"><strong>${esc(formatMinutes(totals.actual))}</strong> spent against ` +
    `<strong>${esc(formatMinutes(totals.planned))}</strong> planned, over ${totals.blocks} ${totals.blocks === 1 ? 'block' : 'blocks'} ` +
    `(${esc(difference(totals.planned, totals.actual))}). <span class="deck-small deck-muted">Bars: planned (grey), actual (blue; orange when over).</span></p>`;
  const contested = c.contested.length
    ? `<p class="deck-summary">${badge('contested', 'Contested')} ${c.contested.map(cellText).join(' · ')}</p>`
    : '';
  const head = ['Block', 'Planned', 'Actual', 'Difference'].map((h) => `<th scope="col">${h}</th>`).join('');
  const rows = c.rows.map(
    (r) =>
      `<tr><td><span dir="auto">${esc(r.title)}</span><span class="deck-muted deck-small"> ${esc(KIND_LABELS[r.kind])}</span></td>` +
      `<td class="deck-chart-cell">${minutes(r.planned)}</td><td class="deck-chart-cell">${minutes(r.actual)}</td>` +
      `<td class="deck-chart-cell">${esc(difference(r.planned, r.actual))}</td>` +
      `<td class="deck-chart-cell">${barPairSvg(r.planned, r.actual, c.scale)}</td></tr>`,
  );
  const main = rows.length
    ? `<table class="deck-table deck-time"><thead><tr>${head}<th scope="col"><span class="deck-muted">Planned / actual</span></th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : emptyNote('Every block that has run is on the slides before.');
  const priorities = c.priorities.length
    ? `<ul class="deck-list">${c.priorities
        .map(
          (p) =>
            `<li><strong dir="auto">${esc(p.title)}</strong>${p.contested ? ` ${badge('contested', 'Contested')}` : ''}<p class="deck-muted">${esc(p.text)}</p></li>`,
        )
        .join('')}</ul>`
    : emptyNote(c.prioritiesElsewhere ? 'On the slides before.' : 'No block about a priority has run.');
  const side = `<div class="deck-side"><h3 class="deck-subhead">Minutes per priority</h3>${priorities}</div>`;
  return `${summary}${contested}<div class="deck-aside-layout"><div>${main}${markdownBlock(c.markdown, 'deck-note')}</div>${side}</div>`;
}

export function parkingLotBody(c: SlideContentMap['parking-lot']): string {
  if (c.total === 0) return emptyNote(c.empty) + markdownBlock(c.markdown, 'deck-note');
  const summary =
    `<p class="deck-summary">${c.total} ${c.total === 1 ? 'item' : 'items'} parked: ` +
    c.counts.map((n) => badge(OUTCOME_TONE[n.outcome], n.label)).join(' ') +
    '</p>';
  const rows = c.rows.map((r) => [
    cellText(r.text) +
      (r.priority ? ` <span class="deck-muted deck-small" dir="auto">· ${esc(r.priority)}</span>` : ''),
    badge(OUTCOME_TONE[r.outcome], r.outcomeLabel),
    cellText(r.detail),
  ]);
  return (
    summary +
    table('deck-parking', ['Item', 'Outcome', 'Where it went'], rows) +
    markdownBlock(c.markdown, 'deck-note')
  );
}
