import { emptyNote, esc, markdownBlock } from './htmlParts';
import { MEANS_ONE_COLUMN } from './trendSlides';
import type {
  CheckpointView,
  HorizonChartView,
  TrendBar,
  TrendChartView,
  TrendsContent,
} from './seriesSlideTypes';

/**
 * The trend slides' markup, drawn for a photo of a projector: values written on every bar
 * in large type, the arrow beside each with its word (better / worse / same), dark on
 * white, a quarter without a figure written "no figure" rather than drawn as 0.
 * SVG attributes only (no style attributes), every piece of text escaped.
 */

const INK = '#15191f';
const CURRENT = '#0b2f57';
const EARLIER = '#6a8cb5';
const TONE: Record<string, string> = { better: '#11623a', worse: '#8a2c06' };

/** A quarter label is short ("Q1 2027"); a long one is cut in the chart, and written whole above it. */
const shortLabel = (label: string, chars: number) =>
  label.length > chars ? `${label.slice(0, Math.max(1, chars - 1))}…` : label;

function barChartSvg(bars: readonly TrendBar[], width: number): string {
  // Tall enough that a bar's height reads from the back of the room; a slide holds one row.
  const height = 280;
  const side = 12;
  const base = 216;
  const plot = 170;
  const slot = (width - 2 * side) / Math.max(1, bars.length);
  const bar = Math.min(96, slot * 0.62);
  const valueSize = slot >= 120 ? 36 : 26;
  const labelChars = Math.max(4, Math.floor(slot / 11));
  const parts = bars.map((b, i) => {
    const x = side + slot * (i + 0.5);
    const label = `<text x="${x}" y="${base + 28}" font-size="24" font-weight="${b.current ? 700 : 400}" text-anchor="middle" fill="${INK}">${esc(shortLabel(b.label, labelChars))}</text>`;
    const word = b.arrow?.split(' ')[1] ?? '';
    const arrow = b.arrow
      ? `<text x="${x}" y="${base + 56}" font-size="23" font-weight="700" text-anchor="middle" fill="${TONE[word] ?? INK}">${esc(b.arrow)}</text>`
      : '';
    if (b.share === null) {
      return (
        `<text x="${x}" y="${base - 12}" font-size="24" font-style="italic" text-anchor="middle" fill="${INK}">no figure</text>` +
        label
      );
    }
    const h = Math.max(3, b.share * plot);
    return (
      `<rect x="${x - bar / 2}" y="${base - h}" width="${bar}" height="${h}" fill="${b.current ? CURRENT : EARLIER}"/>` +
      `<text x="${x}" y="${base - h - 8}" font-size="${valueSize}" font-weight="700" text-anchor="middle" fill="${INK}">${esc(b.text)}</text>` +
      label +
      arrow
    );
  });
  return (
    `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-hidden="true">` +
    `<line x1="${side}" x2="${width - side}" y1="${base}" y2="${base}" stroke="${INK}" stroke-width="2"/>${parts.join('')}</svg>`
  );
}

function chartPanel(c: TrendChartView, wide: boolean): string {
  const missing = c.missing.map((m) => `<p class="deck-trend-missing">— ${esc(m)}</p>`).join('');
  return (
    `<figure class="deck-trend-panel"><figcaption class="deck-trend-caption">${esc(c.title)}</figcaption>` +
    `${barChartSvg(c.bars, wide ? 1150 : 560)}<p class="deck-trend-latest" dir="auto">${esc(c.latest)}</p>${missing}</figure>`
  );
}

const SEGMENT = {
  now: { fill: CURRENT, text: '#ffffff' },
  next: { fill: EARLIER, text: INK },
  later: { fill: '#d9e3ef', text: INK },
} as const;

function horizonPanel(h: HorizonChartView): string {
  const width = 460;
  const rows = h.quarters.map((q) => {
    let x = 0;
    const segments = q.parts.map((p) => {
      const w = (p.share / 100) * width;
      const s = SEGMENT[p.horizon];
      const text =
        w >= 64
          ? `<text x="${x + w / 2}" y="25" font-size="18" font-weight="700" text-anchor="middle" fill="${s.text}">${esc(`${Math.round(p.share)}%`)}</text>`
          : '';
      const out = `<rect x="${x}" y="2" width="${w}" height="32" fill="${s.fill}" stroke="${INK}" stroke-width="1"/>${text}`;
      x += w;
      return out;
    });
    const svg = q.parts.length
      ? `<svg viewBox="0 0 ${width} 36" width="${width}" height="36" aria-hidden="true">${segments.join('')}</svg>`
      : `<span class="deck-trend-none">no figure</span>`;
    const words = q.parts.length ? q.parts.map((p) => p.text).join(' · ') : '';
    return (
      `<div class="deck-hz-row${q.current ? ' deck-hz-current' : ''}"><span class="deck-hz-label" dir="auto">${esc(q.label)}</span>` +
      `${svg}<span class="deck-hz-words">${esc(words)}</span></div>`
    );
  });
  return (
    `<figure class="deck-trend-panel deck-trend-full"><figcaption class="deck-trend-caption">Horizon balance (share of committed effort: Now, Next, Later)</figcaption>` +
    `${rows.join('')}${h.latest ? `<p class="deck-trend-latest">${esc(h.latest)}</p>` : ''}</figure>`
  );
}

function distributionSvg(counts: readonly number[]): string {
  const max = Math.max(1, ...counts);
  const bars = counts.map((n, i) => {
    const x = 10 + i * 64;
    const h = n === 0 ? 0 : Math.max(3, (n / max) * 70);
    return (
      (h > 0 ? `<rect x="${x + 10}" y="${100 - h}" width="44" height="${h}" fill="${CURRENT}"/>` : '') +
      `<text x="${x + 32}" y="${100 - h - 8}" font-size="24" font-weight="700" text-anchor="middle" fill="${INK}">${n}</text>` +
      `<text x="${x + 32}" y="126" font-size="20" text-anchor="middle" fill="${INK}">${i + 1}</text>`
    );
  });
  return (
    `<svg viewBox="0 0 340 132" width="236" height="92" aria-hidden="true">` +
    `<line x1="10" x2="330" y1="100" y2="100" stroke="${INK}" stroke-width="2"/>${bars.join('')}</svg>`
  );
}

function checkpointPanel(c: CheckpointView): string {
  const means = c.means
    .map(
      (m) =>
        `<li><span class="deck-cp-quarter" dir="auto">${esc(m.label)}:</span> <strong>${esc(m.text)}</strong>${m.arrow ? ` <strong>${esc(m.arrow)}</strong>` : ''}</li>`,
    )
    .join('');
  // Each quarter's spread side by side, so a team that split and then agreed shows it.
  const spread =
    c.distributions.length > 0
      ? `<div class="deck-cp-spreads">${c.distributions
          .map(
            (d) =>
              `<figure class="deck-cp-spread">${distributionSvg(d.counts)}<figcaption dir="auto">${esc(`${d.label} · ${d.n} ${d.n === 1 ? 'answer' : 'answers'}`)}</figcaption></figure>`,
          )
          .join(
            '',
          )}<p class="deck-cp-spread-key">How many answered 1 (Not at all) to 5 (Completely)</p></div>`
      : '';
  return (
    `<figure class="deck-trend-panel deck-trend-full"><figcaption class="deck-trend-caption" dir="auto">Checkpoint: ${esc(c.question)}</figcaption>` +
    `<div class="deck-cp-body"><ul class="deck-cp-means${c.means.length > MEANS_ONE_COLUMN ? ' deck-cp-means-many' : ''}">${means}</ul>${spread}</div>` +
    `<p class="deck-trend-latest">${esc(c.latest)}</p></figure>`
  );
}

export function trendsBody(c: TrendsContent): string {
  const quarters = `<p class="deck-trend-quarters" dir="auto">${esc(`Quarters: ${c.quarters.join(' → ')} (this quarter)`)}</p>`;
  const notes = c.notes.map((n) => `<p class="deck-trend-lead" dir="auto">${esc(n)}</p>`).join('');
  const warnings = c.warnings
    .map((w) => `<p class="deck-trend-warning"><strong>⚠ Warning:</strong> ${esc(w)}</p>`)
    .join('');
  const panels = c.panels.map((p) =>
    p.kind === 'chart'
      ? chartPanel(p.chart, c.wide)
      : p.kind === 'horizons'
        ? horizonPanel(p.horizons)
        : checkpointPanel(p.checkpoint),
  );
  const grid = panels.length
    ? `<div class="deck-trend-grid${c.wide ? ' deck-trend-grid-wide' : ''}">${panels.join('')}</div>`
    : '';
  const unavailable = c.unavailable.length
    ? `<ul class="deck-trend-unavailable">${c.unavailable.map((u) => `<li>— ${esc(u)}</li>`).join('')}</ul>`
    : '';
  // A first slide of notes and warnings alone is not empty: its charts follow.
  const nothing =
    c.panels.length + c.unavailable.length + c.notes.length + c.warnings.length === 0
      ? emptyNote('No figures yet.')
      : '';
  return quarters + notes + warnings + grid + unavailable + nothing + markdownBlock(c.markdown, 'deck-note');
}
