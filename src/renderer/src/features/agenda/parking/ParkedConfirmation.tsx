import { useEffect } from 'react';
import { parkingActions } from './parkingActions';
import { useParkingView } from './parkingStore';

export const CONFIRMATION_MS = 4000;

/**
 * "Parked — 4 in the lot": said where screen readers announce it, without taking the
 * keyboard focus from the work; it goes by itself.
 */
export function ParkedConfirmation() {
  const confirmation = useParkingView((s) => s.confirmation);
  useEffect(() => {
    if (!confirmation) return;
    const timer = setTimeout(parkingActions.dismissConfirmation, CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [confirmation]);
  return (
    <div className="parking-confirmation-region" role="status" aria-live="polite">
      {confirmation ? <p className="parking-confirmation">{confirmation.text}</p> : null}
    </div>
  );
}
