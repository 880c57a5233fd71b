import { escapeMarkup } from '../markup';
import type { Workspace } from '../workspace';
import { axesOf, SCORE_MAX } from './axes';
import { cardBox, labelSize, labelSpot, type Box } from './cardLayout';
import { matrixCentres } from './matrixLayout';
import { capacityUse } from './boardRules';
import { LINK_STYLES, STATUS_STYLES } from './linkStyles';

export type BoardSvgOptions = {
  /** Only these cards (and the links between them): "export the selection". */
  priorityIds?: readonly string[];
  width?: number;
  height?: number;
};

const CARD_W = 184;
const CARD_H = 56;
/** Cards shrink (down to this share) when there are too many for the plot at full size. */
const MIN_CARD_SCALE = 0.55;
/** The share of the plot that cards may cover before they shrink: room to spread. */
const CARD_FILL = 0.4;
const FONT = "Inter, 'Segoe UI', Helvetica, Arial, sans-serif";

/** Two lines of roughly `perLine` characters, the second ending in … when cut. */
function wrap(text: string, perLine: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [''];
  for (const word of words) {
    const line = lines[lines.length - 1]!;
    if ((line + ' ' + word).trim().length <= perLine) lines[lines.length - 1] = (line + ' ' + word).trim();
    else if (lines.length < 2) lines.push(word.slice(0, perLine));
    else {
      lines[1] = `${lines[1]!.slice(0, perLine - 1)}…`;
      return lines;
    }
  }
  return lines.map((l) => (l.length > perLine ? `${l.slice(0, perLine - 1)}…` : l));
}

/**
 * The trade-off matrix as a standalone vector image: quadrants, axes, cards at their
 * scores, typed links and a legend. Pure, so the QBR deck prints exactly what the board
 * exports, and tests can read it.
 */
export function renderBoardSvg(w: Workspace, options: BoardSvgOptions = {}): string {
  const width = options.width ?? 1600;
  const height = options.height ?? 900;
  const axes = axesOf(w.board);
  const chosen = options.priorityIds ? new Set(options.priorityIds) : null;
  const cards = w.priorities.filter((p) => !chosen || chosen.has(p.id));
  const shown = new Set(cards.map((c) => c.id));
  const links = w.links.filter((l) => shown.has(l.from) && shown.has(l.to));
  const plot = { left: 90, top: 56, right: width - 40, bottom: height - 96 };
  const toX = (v: number) => plot.left + (v / SCORE_MAX) * (plot.right - plot.left);
  const toY = (v: number) => plot.bottom - (v / SCORE_MAX) * (plot.bottom - plot.top);
  // The same collision-free placement as the canvas: no card on another, on a quadrant name
  // or over the plot's edge (where the axis titles are).
  const plotArea = (plot.right - plot.left) * (plot.bottom - plot.top);
  const k = Math.max(
    MIN_CARD_SCALE,
    Math.min(1, Math.sqrt((CARD_FILL * plotArea) / Math.max(1, cards.length * (CARD_W + 8) * (CARD_H + 8)))),
  );
  const card = { w: Math.round(CARD_W * k), h: Math.round(CARD_H * k), font: Math.round(14 * k * 10) / 10 };
  const quadrantBoxes: Box[] = axes.quadrants.map((label, i) => {
    const w = 28 + label.length * 20 * 0.62;
    const left = i % 2 === 0 ? plot.left : plot.right - w;
    const top = i < 2 ? plot.top : toY(SCORE_MAX / 2);
    return { left, top, right: left + w, bottom: top + 40 };
  });
  const centre = matrixCentres(
    cards,
    axes,
    {
      left: plot.left + card.w / 2 + 2,
      top: plot.top + card.h / 2 + 2,
      width: plot.right - plot.left - card.w - 4,
      height: plot.bottom - plot.top - card.h - 4,
    },
    { size: { w: card.w, h: card.h }, gap: 6, obstacles: quadrantBoxes },
  );
  const midX = toX(SCORE_MAX / 2);
  const midY = toY(SCORE_MAX / 2);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-label="${escapeMarkup(`Trade-off board: ${axes.y.label} by ${axes.x.label}`)}">`,
    '<defs>',
    ...Object.entries(LINK_STYLES)
      .filter(([, s]) => s.arrow)
      .map(
        ([kind, s]) =>
          `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${s.stroke}"/></marker>`,
      ),
    '</defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  );
  // Quadrants, lightly shaded so cards stay the strongest thing on the page.
  const quads: Array<[number, number, number, number, string]> = [
    [plot.left, plot.top, midX, midY, axes.quadrants[0]],
    [midX, plot.top, plot.right, midY, axes.quadrants[1]],
    [plot.left, midY, midX, plot.bottom, axes.quadrants[2]],
    [midX, midY, plot.right, plot.bottom, axes.quadrants[3]],
  ];
  quads.forEach(([x1, y1, x2, y2, label], i) => {
    out.push(
      `<rect x="${x1}" y="${y1}" width="${x2 - x1}" height="${y2 - y1}" fill="${i % 3 === 0 ? '#f7f9fc' : '#fbfcfe'}" stroke="#d1d5db"/>`,
      `<text x="${i % 2 === 0 ? x1 + 14 : x2 - 14}" y="${y1 + 28}" text-anchor="${i % 2 === 0 ? 'start' : 'end'}" font-size="20" font-weight="700" fill="#6b7280">${escapeMarkup(label)}</text>`,
    );
  });
  out.push(
    `<text x="${(plot.left + plot.right) / 2}" y="${plot.bottom + 40}" text-anchor="middle" font-size="18" font-weight="600" fill="#374151">${escapeMarkup(axes.x.label)} →</text>`,
    `<text x="${plot.left}" y="${plot.bottom + 22}" font-size="13" fill="#6b7280">${escapeMarkup(axes.x.low)}</text>`,
    `<text x="${plot.right}" y="${plot.bottom + 22}" text-anchor="end" font-size="13" fill="#6b7280">${escapeMarkup(axes.x.high)}</text>`,
    `<text transform="translate(${plot.left - 48} ${(plot.top + plot.bottom) / 2}) rotate(-90)" text-anchor="middle" font-size="18" font-weight="600" fill="#374151">${escapeMarkup(axes.y.label)} →</text>`,
  );
  for (const link of links) {
    const a = centre.get(link.from)!;
    const b = centre.get(link.to)!;
    const s = LINK_STYLES[link.kind];
    const end = s.arrow ? edgePoint(b, a, card) : b;
    out.push(
      `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${end.x.toFixed(1)}" y2="${end.y.toFixed(1)}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}${s.arrow ? ` marker-end="url(#arrow-${link.kind})"` : ''}/>`,
    );
  }
  for (const p of cards) {
    const c = centre.get(p.id)!;
    const st = STATUS_STYLES[p.status];
    const [l1, l2] = wrap(p.title, Math.floor((card.w - 16) / (card.font * 0.58)));
    const x = c.x - card.w / 2;
    const y = c.y - card.h / 2;
    const pad = 8 * k;
    out.push(
      `<g><rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${card.w}" height="${card.h}" rx="${(8 * k).toFixed(1)}" fill="${st.fill}" stroke="${st.border}" stroke-width="${p.status === 'committed' ? 3 : 2}"${st.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
      `<text x="${(x + pad).toFixed(1)}" y="${(y + card.font + pad).toFixed(1)}" font-size="${card.font}" font-weight="600" fill="${st.text}"${p.status === 'dropped' ? ' text-decoration="line-through"' : ''}>${escapeMarkup(l1 ?? '')}${l2 ? `<tspan x="${(x + pad).toFixed(1)}" dy="${(card.font * 1.2).toFixed(1)}">${escapeMarkup(l2)}</tspan>` : ''}</text>`,
      `</g>`,
    );
  }
  // Costs go on top of the cards, on a white plate, so a card never hides what a trade-off costs, and
  // where along the link they cover no card title.
  const boxes = [...centre.values()].map((c) => cardBox(c, card));
  for (const link of links) {
    if (link.kind !== 'trades-off' || !link.cost) continue;
    const a = centre.get(link.from)!;
    const b = centre.get(link.to)!;
    const text = wrap(link.cost, 40)[0] ?? '';
    const size = labelSize(text, 13, 400);
    const t = labelSpot(a, b, size, boxes);
    const x = a.x + (b.x - a.x) * t;
    const y = a.y + (b.y - a.y) * t;
    // The halo is a plate behind the text, not a stroke around it: PDF printers turn stroked
    // text into Type 3 outlines instead of the embedded font.
    const plate = size.w - 10;
    out.push(
      `<rect x="${(x - plate / 2).toFixed(1)}" y="${(y - 10).toFixed(1)}" width="${plate.toFixed(1)}" height="19" rx="4" fill="#ffffff" fill-opacity="0.9"/>`,
      `<text x="${x.toFixed(1)}" y="${(y + 4).toFixed(1)}" text-anchor="middle" font-size="13" font-style="italic" fill="#7a5200">${escapeMarkup(text)}</text>`,
    );
  }
  out.push(legend(w, width, height));
  out.push('</svg>');
  return out.join('');
}

/** Where the line from `from` meets the edge of the card centred at `to`, so arrows show. */
function edgePoint(
  to: { x: number; y: number },
  from: { x: number; y: number },
  card: { w: number; h: number },
): { x: number; y: number } {
  const dx = from.x - to.x;
  const dy = from.y - to.y;
  if (dx === 0 && dy === 0) return to;
  const scale = 1 / Math.max(Math.abs(dx) / (card.w / 2), Math.abs(dy) / (card.h / 2));
  return { x: to.x + dx * Math.min(1, scale), y: to.y + dy * Math.min(1, scale) };
}

function legend(w: Workspace, width: number, height: number): string {
  const y = height - 30;
  const parts: string[] = [];
  let x = 90;
  for (const [kind, s] of Object.entries(LINK_STYLES)) {
    const name = s.legend.split(':')[0]!.split(' (')[0]!;
    parts.push(
      `<line x1="${x}" y1="${y - 5}" x2="${x + 36}" y2="${y - 5}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}${s.arrow ? ` marker-end="url(#arrow-${kind})"` : ''}/>`,
      `<text x="${x + 44}" y="${y}" font-size="14" fill="#374151">${escapeMarkup(name)}</text>`,
    );
    x += 60 + name.length * 8;
  }
  const use = capacityUse(w);
  if (use.capacity !== null) {
    parts.push(
      `<text x="${width - 40}" y="${y}" text-anchor="end" font-size="15" font-weight="600" fill="${use.over ? '#b91c1c' : '#374151'}">${escapeMarkup(`Committed effort ${use.committedEffort} of ${use.capacity} points${use.over ? ' — over capacity' : ''}`)}</text>`,
    );
  }
  return parts.join('');
}
