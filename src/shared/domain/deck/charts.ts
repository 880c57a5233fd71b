import { escapeMarkup } from '../markup';

/**
 * The deck's charts as inline SVG strings: vector in the PDF, text in them selectable.
 * Colours are SVG presentation attributes (fill, stroke), never style attributes, so the
 * same markup passes the app's CSP. Every label goes through escapeMarkup.
 */
const INK = '#15191f';
const MUTED = '#5b6472';
const TRACK = '#e3e7ee';
const ACCENT = '#0b5cad';
const CONTESTED = '#c2410c';

const n2 = (n: number) => (Math.round(n * 100) / 100).toString();

/**
 * Kendall's W as a half-circle gauge with the 0–100 score in the middle; the arc's paths
 * come from the result wording (`gaugeArc`), the same geometry as the results screen.
 */
export function gaugeSvg(score: number, arc: { track: string; fill: string | null }): string {
  const fill = arc.fill
    ? `<path d="${arc.fill}" fill="none" stroke="${ACCENT}" stroke-width="18" stroke-linecap="butt"/>`
    : '';
  return (
    `<svg class="deck-gauge" viewBox="0 0 200 112" width="150" height="84" role="img" aria-label="Alignment ${Math.round(score)} out of 100">` +
    `<path d="${arc.track}" fill="none" stroke="${TRACK}" stroke-width="18"/>${fill}` +
    `<text x="100" y="96" text-anchor="middle" font-size="40" font-weight="700" fill="${INK}">${Math.round(score)}</text></svg>`
  );
}

/**
 * Where one item could go: a band over every place it takes in some optimal order
 * (first…last), and a dot at the voters' average place, over places 1…n (left is first).
 * The row's place number lies inside its band, so a row never contradicts its own chart.
 * Contested items in orange.
 */
export function rangeSvg(
  first: number,
  last: number,
  meanRank: number,
  itemCount: number,
  contested: boolean,
): string {
  const width = 260;
  const pad = 8;
  const span = Math.max(1, itemCount - 1);
  const at = (place: number) =>
    pad + ((Math.max(1, Math.min(itemCount, place)) - 1) / span) * (width - 2 * pad);
  const colour = contested ? CONTESTED : ACCENT;
  const from = at(first);
  const to = at(last);
  return (
    `<svg class="deck-spread" viewBox="0 0 ${width} 20" width="${width}" height="20" role="img" aria-label="Places ${first === last ? first : `${first} to ${last}`}, average place ${n2(meanRank)}">` +
    `<line x1="${pad}" y1="10" x2="${width - pad}" y2="10" stroke="${TRACK}" stroke-width="2"/>` +
    `<line x1="${n2(from)}" y1="10" x2="${n2(Math.max(to, from + 1))}" y2="10" stroke="${colour}" stroke-width="8" stroke-opacity="0.45" stroke-linecap="round"/>` +
    `<circle cx="${n2(at(meanRank))}" cy="10" r="6" fill="${colour}"/></svg>`
  );
}

/** A horizontal bar 0–100 (distance from the consensus, completion). */
export function barSvg(value: number, label: string): string {
  const width = 220;
  const filled = (Math.max(0, Math.min(100, value)) / 100) * width;
  return (
    `<svg class="deck-bar" viewBox="0 0 ${width} 14" width="${width}" height="14" role="img" aria-label="${escapeMarkup(label)}">` +
    `<rect x="0" y="0" width="${width}" height="14" rx="3" fill="${TRACK}"/>` +
    `<rect x="0" y="0" width="${n2(filled)}" height="14" rx="3" fill="${ACCENT}"/></svg>`
  );
}

/** A ring showing a percentage (commitments delivered); "–" when nothing is graded. */
export function ringSvg(percent: number | null): string {
  const r = 48;
  const c = 2 * Math.PI * r;
  const share = percent === null ? 0 : Math.max(0, Math.min(100, percent)) / 100;
  return (
    `<svg class="deck-ring" viewBox="0 0 120 120" width="120" height="120" role="img" aria-label="${percent === null ? 'Not graded yet' : `${percent} percent delivered`}">` +
    `<circle cx="60" cy="60" r="${r}" fill="none" stroke="${TRACK}" stroke-width="14"/>` +
    (share > 0
      ? `<circle cx="60" cy="60" r="${r}" fill="none" stroke="${ACCENT}" stroke-width="14" stroke-dasharray="${n2(c * share)} ${n2(c)}" transform="rotate(-90 60 60)"/>`
      : '') +
    `<text x="60" y="69" text-anchor="middle" font-size="26" font-weight="700" fill="${INK}">${percent === null ? '–' : `${percent}%`}</text></svg>`
  );
}

/** Who agrees with whom: one hue, lightness by agreement (readable in grey and for colour-blind viewers). */
export function heatmapSvg(names: readonly string[], matrix: readonly (readonly number[])[]): string {
  const cell = Math.max(24, Math.min(40, Math.floor(360 / Math.max(1, names.length))));
  const label = 150;
  const size = label + cell * names.length;
  const short = (s: string) => (s.length > 18 ? `${s.slice(0, 17)}…` : s);
  const parts: string[] = [];
  names.forEach((name, i) => {
    const y = label + i * cell + cell / 2 + 4;
    parts.push(
      `<text x="${label - 6}" y="${y}" text-anchor="end" font-size="12" fill="${INK}">${escapeMarkup(short(name))}</text>`,
    );
    const x = label + i * cell + cell / 2;
    parts.push(
      `<text x="${x}" y="${label - 6}" font-size="12" fill="${INK}" transform="rotate(-45 ${x} ${label - 6})">${escapeMarkup(short(name))}</text>`,
    );
    names.forEach((_, j) => {
      const value = Math.max(0, Math.min(1, matrix[i]?.[j] ?? 0));
      const lightness = 96 - value * 62;
      const cx = label + j * cell;
      const cy = label + i * cell;
      parts.push(
        `<rect x="${cx}" y="${cy}" width="${cell - 2}" height="${cell - 2}" fill="hsl(212, 70%, ${n2(lightness)}%)"/>`,
      );
      if (i !== j) {
        parts.push(
          `<text x="${cx + (cell - 2) / 2}" y="${cy + cell / 2 + 3}" text-anchor="middle" font-size="11" fill="${lightness < 60 ? '#ffffff' : INK}">${Math.round(value * 100)}</text>`,
        );
      }
    });
  });
  // The slanted names reach past the last column: leave room for them on the right.
  const width = size + 100;
  return `<svg class="deck-heatmap" viewBox="0 0 ${width} ${size}" width="${width}" height="${size}" role="img" aria-label="Agreement between people">${parts.join('')}</svg>`;
}

export const CHART_COLOURS = { INK, MUTED, TRACK, ACCENT, CONTESTED } as const;
