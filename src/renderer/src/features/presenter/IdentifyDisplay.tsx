import { useEffect, useState } from 'react';
import { IDENTIFY_EVENT } from '../../../../shared/ipc/channels';
import { bridge } from '../../bridge';

/** Identify displays: this window's display number, big, for a moment (main says which). */
export function IdentifyDisplay() {
  const [number, setNumber] = useState<number | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = bridge().onEvent(IDENTIFY_EVENT, (payload) => {
      const { number: n, ms } = (payload ?? {}) as { number?: unknown; ms?: unknown };
      if (typeof n !== 'number') return;
      setNumber(n);
      clearTimeout(timer);
      timer = setTimeout(() => setNumber(null), typeof ms === 'number' ? Math.min(ms, 10_000) : 3000);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, []);
  return number === null ? null : (
    <div className="identify-display" role="status">
      {number}
    </div>
  );
}
