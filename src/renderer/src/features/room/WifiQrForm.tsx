import { useState } from 'react';
import { WifiQrRequest } from '../../../../shared/ipc/roomContract';
import { bridge } from '../../bridge';
import { QrImage } from './QrImage';

/**
 * A QR that joins phones to the laptop's hotspot: the facilitator types the hotspot's name
 * and password (as the OS shows them), the room scans. Nothing typed here is stored.
 */
export function WifiQrForm() {
  const [ssid, setSsid] = useState('');
  const [password, setPassword] = useState('');
  const [security, setSecurity] = useState<WifiQrRequest['security']>('WPA');
  const [svg, setSvg] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const make = async () => {
    const parsed = WifiQrRequest.safeParse({ ssid, password, security });
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? 'Check the name and password.');
    if (security === 'WPA' && password.length < 8)
      return setProblem('A WPA password has at least 8 characters.');
    const result = await bridge().room.wifiQr(parsed.data);
    if (!result.ok) return setProblem(result.message);
    setProblem(null);
    setSvg(result.value);
  };

  return (
    <section className="room-wifi" aria-label="Wi-Fi QR for the hotspot">
      <h3>Wi-Fi QR for the hotspot</h3>
      <form
        className="room-wifi-form"
        onSubmit={(e) => {
          e.preventDefault();
          void make();
        }}
      >
        <label>
          Network name <input value={ssid} maxLength={32} onChange={(e) => setSsid(e.target.value)} />
        </label>
        <label>
          Password{' '}
          <input
            type="password"
            value={password}
            maxLength={63}
            autoComplete="off"
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <label>
          Security{' '}
          <select value={security} onChange={(e) => setSecurity(e.target.value as WifiQrRequest['security'])}>
            <option value="WPA">WPA/WPA2/WPA3</option>
            <option value="WEP">WEP</option>
            <option value="nopass">None</option>
          </select>
        </label>
        <button type="submit" className="button">
          Make the Wi-Fi QR
        </button>
      </form>
      {problem ? (
        <p className="room-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {svg ? (
        <QrImage svg={svg} label={`Wi-Fi QR code to join ${ssid}`} className="room-qr room-qr-small" />
      ) : null}
    </section>
  );
}
