import type { WifiQrRequest } from '../ipc/roomContract';

/**
 * The text of a Wi-Fi QR code, as phone cameras read it (iOS 11+, Android 10+): scanning
 * it offers to join the network. Backslash, semicolon, comma, colon and double quote are
 * escaped with a backslash, as the format requires, so a password like `a;b` survives.
 */
export function wifiQrText({ ssid, password, security }: WifiQrRequest): string {
  const escape = (value: string) => value.replace(/([\\;,:"])/g, '\\$1');
  const parts = [`T:${security}`, `S:${escape(ssid)}`];
  if (security !== 'nopass') parts.push(`P:${escape(password)}`);
  return `WIFI:${parts.join(';')};;`;
}
