import { useEffect, useState } from 'react';

/**
 * The wall clock, re-read every `intervalMs`: the component re-renders from Date.now(), so
 * a timer drawn from an end time is right again at the first tick after the window was
 * busy or asleep (nothing is counted down, nothing can drift).
 */
export function useNow(intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(tick);
  }, [intervalMs]);
  return now;
}
