import { useState } from 'react';

/**
 * The facilitator's Reveal at the foot of a private vote (a ranking round, a checkpoint):
 * with people still missing it asks first, naming them, and offers to wait; otherwise it
 * reveals at once.
 */
export function RevealBar({
  missing,
  notYet,
  disabled,
  onReveal,
}: {
  /** The names of those who have not taken part yet. */
  missing: readonly string[];
  /** What they have not done, as the question says it: "voted", "answered". */
  notYet: string;
  disabled: boolean;
  onReveal: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const reveal = () => {
    if (missing.length > 0 && !confirming) return setConfirming(true);
    onReveal();
    setConfirming(false);
  };
  return (
    <div className="reveal-bar">
      {confirming ? (
        <p role="alert">
          {missing.length} {missing.length === 1 ? 'person has' : 'people have'} not {notYet} yet (
          {missing.join(', ')}). Reveal anyway?
        </p>
      ) : null}
      <button
        type="button"
        className="button button-primary button-large"
        disabled={disabled}
        onClick={reveal}
      >
        {confirming ? 'Reveal now' : 'Reveal results'}
      </button>
      {confirming ? (
        <button type="button" className="button button-large" onClick={() => setConfirming(false)}>
          Wait for them
        </button>
      ) : null}
    </div>
  );
}
