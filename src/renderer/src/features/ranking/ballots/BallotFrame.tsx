import { useEffect, useId, useRef, type ReactNode } from 'react';

type BallotFrameProps = {
  voterName: string;
  question: string;
  /** How to fill in this kind of ballot, keys included. */
  hint: ReactNode;
  /** Why the ballot cannot be submitted yet, or null when it can. */
  problem: string | null;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  /** Leaves the ballot without submitting, keeping it to finish later; no button when absent. */
  onLater?: () => void;
  /** A question to answer before the ballot goes in: it takes the footer's place until answered. */
  confirm?: ReactNode;
  children: ReactNode;
  /** Extra class on the frame, to let one editor lay out its body differently. */
  className?: string;
};

/**
 * What every ballot shares: who is voting on what, the privacy reminder, and Cancel /
 * Submit. While refused, Submit says why on the button itself and stays focusable
 * (aria-disabled rather than disabled) so a keyboard or screen-reader user hears why.
 */
export function BallotFrame(props: BallotFrameProps) {
  const { voterName, question, hint, problem, submitLabel, onSubmit, onCancel, onLater, children } = props;
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);

  const footerRef = useRef<HTMLElement>(null);
  const asking = props.confirm !== undefined;
  const wasAsking = useRef(asking);

  // The laptop has just been handed over: start reading at the question.
  useEffect(() => titleRef.current?.focus(), []);
  // The footer's buttons are swapped for the question's and back: the focus follows, to
  // the safe answer first and then back to Submit, never lost to the page.
  useEffect(() => {
    if (wasAsking.current === asking) return;
    wasAsking.current = asking;
    const target = asking ? 'button' : '.ballot-submit';
    footerRef.current?.querySelector<HTMLElement>(target)?.focus();
  }, [asking]);

  return (
    <section className={`ballot ${props.className ?? ''}`} aria-labelledby={titleId}>
      <header className="ballot-header">
        <h2 id={titleId} ref={titleRef} tabIndex={-1} className="ballot-title">
          {voterName} — {question}
        </h2>
        <p className="ballot-private">
          <svg className="ballot-lock" aria-hidden="true" width="20" height="20" viewBox="0 0 24 24">
            <path
              fill="currentColor"
              d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5zm-3 8V7a3 3 0 0 1 6 0v3H9z"
            />
          </svg>
          Your ballot is private: no one sees it until the facilitator reveals the results.
        </p>
        <p className="ballot-hint">{hint}</p>
      </header>
      {children}
      <footer className="ballot-footer" ref={footerRef}>
        {props.confirm ?? (
          <>
            <button type="button" className="button button-large" onClick={onCancel}>
              Cancel
            </button>
            {onLater ? (
              <button type="button" className="button button-large" onClick={onLater}>
                Finish later
              </button>
            ) : null}
            <button
              type="button"
              className="button button-primary button-large ballot-submit"
              aria-disabled={problem !== null}
              onClick={() => {
                if (problem === null) onSubmit();
              }}
            >
              {submitLabel}
              {problem !== null ? <span className="ballot-submit-reason">{problem}</span> : null}
            </button>
          </>
        )}
      </footer>
    </section>
  );
}
