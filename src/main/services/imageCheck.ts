import { crc32 } from 'node:zlib';
import { hasXmlForbidden } from '../../shared/domain/board';

/**
 * Board images arrive from the renderer as bytes to be written next to a workspace. They
 * are checked whole, not by their first bytes, so the channel cannot drop an arbitrary
 * file with an image header (a PNG signature followed by a script), nor an SVG that runs
 * script when someone opens it in a browser.
 */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A complete PNG: signature, IHDR first, every chunk's length and CRC right, IEND last and nothing after. */
export function isCompletePng(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < PNG_SIGNATURE.length || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) return false;
  let at = 8;
  let first = true;
  while (at + 12 <= buf.length) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || end > buf.length) return false;
    if (first && (type !== 'IHDR' || length !== 13)) return false;
    if (crc32(buf.subarray(at + 4, at + 8 + length)) !== buf.readUInt32BE(at + 8 + length)) return false;
    if (type === 'IEND') return length === 0 && end === buf.length;
    first = false;
    at = end;
  }
  return false;
}

/** Anything in an SVG that can run script, load something, or expand entities. */
const SVG_FORBIDDEN = [
  /<\s*script/i,
  /<\s*foreignObject/i,
  /<\s*iframe/i,
  /<\s*!(DOCTYPE|ENTITY)/i,
  /\son[a-z]+\s*=/i,
  /javascript\s*:/i,
  /\b(xlink:)?href\s*=\s*["']\s*(?!#)/i,
];

/** An SVG document as the board exports it: text, one <svg> root, nothing that runs or loads. */
export function isSafeSvg(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const trimmed = text.trim();
  if (!/^(<\?xml[^>]*\?>\s*)?<svg[\s>]/.test(trimmed) || !/<\/svg>$/.test(trimmed)) return false;
  if (hasXmlForbidden(trimmed)) return false;
  return !SVG_FORBIDDEN.some((pattern) => pattern.test(trimmed));
}
