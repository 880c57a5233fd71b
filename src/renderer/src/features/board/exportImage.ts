import { renderBoardSvg } from '../../../../shared/domain/board';
import type { Workspace } from '../../../../shared/domain/workspace';

export type ImageFormat = 'png' | 'svg';

/** The board (or just the selection) as the same vector image the QBR deck prints. */
export function boardSvg(w: Workspace, selection: readonly string[]): string {
  const cards = selection.filter((id) => w.priorities.some((p) => p.id === id));
  return renderBoardSvg(w, cards.length > 0 ? { priorityIds: cards } : {});
}

/** PNG at twice the SVG's size, so it stays sharp on a slide or a projector. */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth * scale;
    canvas.height = img.naturalHeight * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This window cannot draw images.');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The image could not be encoded.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function imageBytes(
  w: Workspace,
  selection: readonly string[],
  format: ImageFormat,
): Promise<Uint8Array> {
  const svg = boardSvg(w, selection);
  return format === 'svg' ? new TextEncoder().encode(svg) : svgToPng(svg);
}
