import { barSvg, gaugeSvg, heatmapSvg, rangeSvg } from './charts';
import { emptyNote, esc, markdownBlock } from './htmlParts';
import type { SlideContentMap } from './slideTypes';

/** Bodies of the slides drawn from a ranking round: the result and the agreement view. */
export function rankingBody(c: SlideContentMap['ranking']): string {
  if (!c.ok) return emptyNote(c.message) + markdownBlock(c.markdown);
  const a = c.alignment;
  const rows = c.places
    .map(
      (p) =>
        `<tr class="${p.contested ? 'deck-contested' : ''}"><td class="deck-place">${p.place}</td>` +
        `<td class="deck-item">${p.tiedWithPrevious ? '<span class="deck-muted">= </span>' : ''}${esc(p.title)}${p.contested ? ' <span class="deck-badge deck-badge-contested">contested</span>' : ''}</td>` +
        `<td class="deck-number deck-range">${esc(p.range)}</td>` +
        `<td class="deck-chart-cell">${rangeSvg(p.first, p.last, p.meanRank, c.itemCount, p.contested !== null)}</td></tr>`,
    )
    .join('');
  const order =
    `<table class="deck-table deck-consensus"><thead><tr><th scope="col">#</th><th scope="col">Consensus order (${esc(c.method)})</th>` +
    `<th scope="col">Could be placed</th><th scope="col">Places it could take · dot: average place (left = first)</th></tr></thead><tbody>${rows}</tbody></table>`;
  const certainties = c.certainties.length
    ? `<p class="deck-small deck-certainties"><strong>Everyone agrees:</strong> ${c.certainties.map(esc).join(' ')}</p>`
    : '';
  const note = `<p class="deck-small deck-muted">${esc(c.note)}</p>`;
  const contested = c.contested.length
    ? `<ol class="deck-contested-list">${c.contested
        .map(
          (x) =>
            `<li><strong>${esc(x.title)}</strong><p class="deck-small"><span class="deck-muted">Place ${x.place} ·</span> ${esc(x.explanation)}</p></li>`,
        )
        .join('')}</ol>`
    : '<p class="deck-small">No item is contested: the team broadly agrees on every position.</p>';
  const discuss = c.discussHere ? `<h3 class="deck-subhead">Discuss first</h3>${contested}` : '';
  if (c.continuation) {
    const side = discuss ? `<div class="deck-side">${discuss}</div>` : '';
    return `<p class="deck-muted">${esc(c.question)}</p><div class="deck-aside-layout"><div>${order}${note}</div>${side}</div>`;
  }
  const camps = c.camps
    .map((line) => `<p class="deck-small deck-camp"><strong>${esc(line)}</strong></p>`)
    .join('');
  const headline =
    `<div class="deck-headline">${gaugeSvg(a.score, a.gauge)}<p class="deck-headline-label">${esc(a.word)}</p>` +
    `<p class="deck-small">${esc(a.sentence)}</p>${camps}<p class="deck-small deck-muted">${esc(a.facts)}</p></div>`;
  return (
    `<p class="deck-muted">${esc(c.question)}</p><div class="deck-aside-layout"><div>${order}${certainties}${note}</div>` +
    `<div class="deck-side">${headline}${discuss}</div></div>${markdownBlock(c.markdown, 'deck-note')}`
  );
}

export function alignmentBody(c: SlideContentMap['alignment']): string {
  if (!c.ok) return emptyNote(c.message) + markdownBlock(c.markdown);
  const distances = c.distances
    .map(
      (d) =>
        `<tr><td>${esc(d.name)}</td><td class="deck-chart-cell">${barSvg(d.distance, `${d.name}: ${d.distance}`)}</td><td class="deck-number">${d.distance}</td></tr>`,
    )
    .join('');
  const grid = c.matrix ? `<div class="deck-grid-chart">${heatmapSvg(c.voters, c.matrix)}</div>` : '';
  return (
    `<p class="deck-muted">${esc(c.question)} · alignment ${c.score}/100, ${esc(c.label)}</p>` +
    `<div class="deck-aside-layout">${grid}<div><h3 class="deck-subhead">Distance from the consensus</h3>` +
    `<table class="deck-table deck-distances"><tbody>${distances}</tbody></table>` +
    `<p class="deck-small deck-muted">0 = same order as the consensus, 100 = the exact reverse (Kendall tau distance).</p></div></div>` +
    markdownBlock(c.markdown, 'deck-note')
  );
}
