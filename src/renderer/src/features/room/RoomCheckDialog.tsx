import { useEffect, useState } from 'react';
import { ROOM_EVENT } from '../../../../shared/ipc/channels';
import { RoomEventMessage, type RoomCheck } from '../../../../shared/ipc/roomContract';
import { bridge } from '../../bridge';
import { Dialog } from '../../ui/Dialog';
import { QrImage } from './QrImage';
import { NetworkPicker, useNetworkChoice } from './NetworkPicker';
import { useRoom } from './roomStore';
import { WifiQrForm } from './WifiQrForm';

type Reached = { address: string; at: string };

/**
 * Before the session: does a phone reach this laptop on the network chosen? The laptop
 * serves a check page (no data, no script); a phone scans its QR and either reads "This
 * phone reaches the laptop" while the console lists it, or shows nothing, and the advice
 * below says what usually stops it and what to click. The laptop's own hotspot, with a
 * Wi-Fi QR to join it, is the path that works almost everywhere.
 */
export function RoomCheckDialog({ onClose }: { onClose: () => void }) {
  const interfaces = useRoom((s) => s.interfaces);
  const { choice, setChosen } = useNetworkChoice(interfaces);
  const [check, setCheck] = useState<RoomCheck | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reached, setReached] = useState<Reached[]>([]);
  const [ended, setEnded] = useState(false);

  useEffect(() => {
    const off = bridge().onEvent(ROOM_EVENT, (payload) => {
      const parsed = RoomEventMessage.safeParse(payload);
      if (!parsed.success) return;
      const event = parsed.data;
      if (event.type === 'phoneReached') {
        const at = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
        setReached((list) => [...list, { address: event.address, at }]);
      }
      if (event.type === 'checkClosed') setEnded(true);
    });
    return () => {
      off();
      void bridge().room.closeCheck({});
    };
  }, []);

  const start = async () => {
    setProblem(null);
    setReached([]);
    setEnded(false);
    const result = await bridge().room.openCheck(choice ? { interfaceName: choice } : {});
    if (result.ok) setCheck(result.value);
    else setProblem(result.message);
  };

  return (
    <Dialog
      title="Room check"
      onClose={onClose}
      width={760}
      footer={
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      }
    >
      <div className="room-check">
        <p>
          Before the session, check that phones reach this laptop. Start the check, scan the code with a phone
          on the room’s Wi-Fi: it should say “This phone reaches the laptop”, and the phone appears below.
        </p>
        <div className="room-open-row">
          <NetworkPicker interfaces={interfaces} value={choice} onChange={setChosen} />
          <button type="button" className="button button-primary" onClick={() => void start()}>
            {check ? 'Restart the check' : 'Start the check'}
          </button>
        </div>
        {problem ? (
          <p className="room-problem" role="alert">
            {problem}
          </p>
        ) : null}
        {check ? (
          <div className="room-join">
            <QrImage
              svg={check.qrSvg}
              label={`Room check QR code: ${check.url}`}
              className="room-qr room-qr-small"
            />
            <div>
              <p>
                Or type <strong className="room-url">{check.url}</strong> in the phone’s browser.
              </p>
              <p role="status" aria-live="polite">
                {ended
                  ? 'The check closed after 10 quiet minutes. Start it again to go on.'
                  : reached.length === 0
                    ? 'Waiting for a phone…'
                    : `✓ ${reached.length} ${reached.length === 1 ? 'phone reached' : 'phones reached'} this laptop.`}
              </p>
              {reached.length > 0 ? (
                <ul className="room-reached" aria-label="Phones that reached this laptop">
                  {reached.map((r) => (
                    <li key={r.address}>
                      {r.address} at {r.at}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </div>
        ) : null}
        <RoomAdvice />
        <WifiQrForm />
      </div>
    </Dialog>
  );
}

/** What usually stops a phone from reaching the laptop, and what to do, in order of likelihood. */
function RoomAdvice() {
  return (
    <section className="room-advice" aria-label="If a phone cannot reach the laptop">
      <h3>If the phone shows nothing or “cannot connect”</h3>
      <ol>
        <li>
          <strong>The firewall asked and was told no.</strong> On a Mac, when asked “Do you want the
          application Offsite to accept incoming network connections?”, click <em>Allow</em>; to undo an
          earlier Deny: System Settings → Network → Firewall → Options, set Offsite to “Allow incoming
          connections”. On Windows, in “Windows Defender Firewall has blocked some features”, tick{' '}
          <em>Private networks</em> and click <em>Allow access</em>; to undo: “Allow an app through Windows
          Firewall”, tick Offsite for Private.
        </li>
        <li>
          <strong>Guest or hotel Wi-Fi keeps devices apart</strong> (“client isolation”): phones reach the
          internet but not each other or this laptop. Use this laptop’s hotspot instead (below), or a room
          network IT confirms lets devices talk.
        </li>
        <li>
          <strong>A VPN on the phone</strong> sends everything away from the room: turn it off for the session
          (Settings → VPN). A work profile may force one: use the hotspot and a personal browser.
        </li>
        <li>
          <strong>The phone is on mobile data</strong>, or on another Wi-Fi: join the same network as this
          laptop, then scan again.
        </li>
      </ol>
      <p>
        <strong>Recommended: this laptop’s hotspot.</strong> Mac: System Settings → General → Sharing →
        Internet Sharing. Windows: Settings → Network &amp; internet → Mobile hotspot. Then choose the
        hotspot’s network above, and let phones join it with the Wi-Fi QR.
      </p>
    </section>
  );
}
