import type { Workspace } from '../workspace';
import { axesOf, matrixPoint, SCORE_MAX } from './axes';
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
const FONT = "Inter, 'Segoe UI', Helvetica, Arial, sans-serif";

/** Text goes into SVG markup: every user string passes through here. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

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
  const centre = new Map(
    cards.map((c) => {
      const pt = matrixPoint(c, axes);
      return [c.id, { x: toX(pt.x), y: toY(pt.y) }];
    }),
  );
  const midX = toX(SCORE_MAX / 2);
  const midY = toY(SCORE_MAX / 2);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-label="${escapeXml(`Trade-off board: ${axes.y.label} by ${axes.x.label}`)}">`,
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
      `<text x="${i % 2 === 0 ? x1 + 14 : x2 - 14}" y="${y1 + 28}" text-anchor="${i % 2 === 0 ? 'start' : 'end'}" font-size="20" font-weight="700" fill="#6b7280">${escapeXml(label)}</text>`,
    );
  });
  out.push(
    `<text x="${(plot.left + plot.right) / 2}" y="${plot.bottom + 40}" text-anchor="middle" font-size="18" font-weight="600" fill="#374151">${escapeXml(axes.x.label)} →</text>`,
    `<text x="${plot.left}" y="${plot.bottom + 22}" font-size="13" fill="#6b7280">${escapeXml(axes.x.low)}</text>`,
    `<text x="${plot.right}" y="${plot.bottom + 22}" text-anchor="end" font-size="13" fill="#6b7280">${escapeXml(axes.x.high)}</text>`,
    `<text transform="translate(${plot.left - 48} ${(plot.top + plot.bottom) / 2}) rotate(-90)" text-anchor="middle" font-size="18" font-weight="600" fill="#374151">${escapeXml(axes.y.label)} →</text>`,
  );
  for (const link of links) {
    const a = centre.get(link.from)!;
    const b = centre.get(link.to)!;
    const s = LINK_STYLES[link.kind];
    const end = s.arrow ? edgePoint(b, a) : b;
    out.push(
      `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${end.x.toFixed(1)}" y2="${end.y.toFixed(1)}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}${s.arrow ? ` marker-end="url(#arrow-${link.kind})"` : ''}/>`,
    );
  }
  for (const card of cards) {
    const c = centre.get(card.id)!;
    const st = STATUS_STYLES[card.status];
    const [l1, l2] = wrap(card.title, 24);
    const x = c.x - CARD_W / 2;
    const y = c.y - CARD_H / 2;
    out.push(
      `<g><rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${CARD_W}" height="${CARD_H}" rx="8" fill="${st.fill}" stroke="${st.border}" stroke-width="${card.status === 'committed' ? 3 : 2}"${st.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
      `<text x="${(x + 10).toFixed(1)}" y="${(y + 22).toFixed(1)}" font-size="14" font-weight="600" fill="${st.text}"${card.status === 'dropped' ? ' text-decoration="line-through"' : ''}>${escapeXml(l1 ?? '')}${l2 ? `<tspan x="${(x + 10).toFixed(1)}" dy="17">${escapeXml(l2)}</tspan>` : ''}</text>`,
      `</g>`,
    );
  }
  // Costs go on top of the cards, haloed, so a card never hides what a trade-off costs.
  for (const link of links) {
    if (link.kind !== 'trades-off' || !link.cost) continue;
    const a = centre.get(link.from)!;
    const b = centre.get(link.to)!;
    out.push(
      `<text x="${((a.x + b.x) / 2).toFixed(1)}" y="${((a.y + b.y) / 2 - 6).toFixed(1)}" text-anchor="middle" font-size="13" font-style="italic" fill="#7a5200" stroke="#ffffff" stroke-width="4" paint-order="stroke">${escapeXml(wrap(link.cost, 40)[0] ?? '')}</text>`,
    );
  }
  out.push(legend(w, width, height));
  out.push('</svg>');
  return out.join('');
}

/** Where the line from `from` meets the edge of the card centred at `to`, so arrows show. */
function edgePoint(to: { x: number; y: number }, from: { x: number; y: number }): { x: number; y: number } {
  const dx = from.x - to.x;
  const dy = from.y - to.y;
  if (dx === 0 && dy === 0) return to;
  const scale = 1 / Math.max(Math.abs(dx) / (CARD_W / 2), Math.abs(dy) / (CARD_H / 2));
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
      `<text x="${x + 44}" y="${y}" font-size="14" fill="#374151">${escapeXml(name)}</text>`,
    );
    x += 60 + name.length * 8;
  }
  const use = capacityUse(w);
  if (use.capacity !== null) {
    parts.push(
      `<text x="${width - 40}" y="${y}" text-anchor="end" font-size="15" font-weight="600" fill="${use.over ? '#b91c1c' : '#374151'}">${escapeXml(`Committed effort ${use.committedEffort} of ${use.capacity} points${use.over ? ' — over capacity' : ''}`)}</text>`,
    );
  }
  return parts.join('');
}
