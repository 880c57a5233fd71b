import { useState, type ReactNode } from 'react';
import { RevealBar } from './RevealBar';

/**
 * Pass the laptop: who has had their private turn (names, never what they gave), "Pick
 * your name to … in private" with a button per person, and the facilitator's Reveal. One
 * shape for the checkpoint, the written checks and the support matrix, so the room learns
 * it once.
 */
export type TurnWords = {
  /** "answer", "write", "rate". */
  act: string;
  /** "answered", "written", "rated". */
  done: string;
  /** "Answers", "Drafts", "Ratings": what stays hidden until the reveal. */
  things: string;
  /** "your answers are in". */
  thanks: string;
};

type Person = { id: string; name: string; colour: string };

export function PrivateTurns({
  label,
  people,
  doneIds,
  anonymous,
  lastDone,
  words,
  readOnly,
  onPick,
  onReveal,
  intro,
  afterGrid,
  gridClassName,
}: {
  /** The section's accessible name: "Answering", "Writing", "Rating". */
  label: string;
  people: readonly Person[];
  doneIds: ReadonlySet<string>;
  anonymous: boolean;
  /** Who just finished, for "Thanks, Dana: your answers are in." */
  lastDone: string | null;
  words: TurnWords;
  readOnly: boolean;
  onPick: (personId: string) => void;
  onReveal: () => void;
  /** Under the count, before the names (e.g. the departments rated). */
  intro?: ReactNode;
  /** Between the names and Reveal (e.g. the room link). */
  afterGrid?: ReactNode;
  gridClassName?: string;
}) {
  const missing = people.filter((p) => !doneIds.has(p.id));
  const doneMark = `${words.done[0]!.toUpperCase()}${words.done.slice(1)} ✓`;
  return (
    <section className="voting" aria-label={label}>
      <p className="voting-status" role="status">
        {lastDone ? (
          <strong>
            Thanks, {lastDone}: {words.thanks}.{' '}
          </strong>
        ) : null}
        {doneIds.size} of {people.length} have {words.done}. {words.things} stay hidden until the reveal
        {anonymous ? ', and are never linked to a name.' : '.'}
      </p>
      {intro}
      {people.length === 0 ? (
        <p className="empty">Add participants who vote (Setup tab) before they can {words.act}.</p>
      ) : (
        <>
          <h3 className="voting-prompt">Pick your name to {words.act} in private</h3>
          <ul className={`voter-grid ${gridClassName ?? ''}`.trim()}>
            {people.map((p) => {
              const done = doneIds.has(p.id);
              return (
                <li key={p.id}>
                  <button
                    type="button"
                    className={`voter ${done ? 'voter-done' : ''}`}
                    style={{ borderColor: p.colour }}
                    disabled={readOnly || done}
                    onClick={() => onPick(p.id)}
                    aria-label={`${p.name}: ${done ? `has ${words.done}` : `${words.act} now`}`}
                  >
                    <span className="voter-name">{p.name}</span>
                    <span className="voter-state">{done ? doneMark : 'Not yet'}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {afterGrid}
      <RevealBar
        missing={missing.map((p) => p.name)}
        notYet={words.done}
        disabled={readOnly || doneIds.size === 0}
        onReveal={onReveal}
      />
    </section>
  );
}

/** Delete, then "Delete it, with every …" / "Keep it": nothing goes on a single click. */
export function DeleteWithConfirm({
  className,
  label,
  confirmLabel,
  onDelete,
}: {
  className: string;
  label: string;
  confirmLabel: string;
  onDelete: () => void;
}) {
  const [confirm, setConfirm] = useState(false);
  return (
    <p className={className}>
      <button
        type="button"
        className="button button-danger"
        onClick={() => (confirm ? onDelete() : setConfirm(true))}
      >
        {confirm ? confirmLabel : label}
      </button>
      {confirm ? (
        <button type="button" className="button" onClick={() => setConfirm(false)}>
          Keep it
        </button>
      ) : null}
    </p>
  );
}
