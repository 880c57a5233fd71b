import QRCode from 'qrcode';

/**
 * The room's address as a QR code, in SVG: sharp at any size on the projector and the
 * printed seat cards, and drawn without a canvas. Medium error correction survives a
 * glare spot on a screen.
 */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
