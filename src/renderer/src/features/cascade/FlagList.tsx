import type { CascadeFlag, FlagKind } from '../../../../shared/domain/cascade';

export const FLAG_LABELS: Record<FlagKind, string> = {
  orphan: 'Orphan',
  uncovered: 'Uncovered',
  overloaded: 'Overloaded',
  'local-optimisation': 'Local optimisation',
  conflicting: 'Conflicting',
};

/**
 * What to look at in the cascade, each flag in words. Clicking one scrolls to what it is
 * about and highlights it (the department, the objectives, the priorities).
 */
export function FlagList({
  flags,
  selected,
  onSelect,
}: {
  flags: readonly CascadeFlag[];
  selected: number | null;
  onSelect: (index: number | null) => void;
}) {
  if (flags.length === 0) {
    return (
      <p className="cascade-no-flags" role="status">
        Nothing to flag: every objective serves a committed priority, every committed priority is served, and
        no department is over its capacity.
      </p>
    );
  }
  return (
    <section className="card cascade-flags" aria-labelledby="cascade-flags-title">
      <h3 id="cascade-flags-title">
        {flags.length} {flags.length === 1 ? 'flag' : 'flags'} to look at
      </h3>
      <ul>
        {flags.map((flag, i) => (
          <li key={`${flag.kind}-${i}`}>
            <button
              type="button"
              className={`cascade-flag flag-${flag.kind}`}
              aria-pressed={selected === i}
              onClick={() => onSelect(selected === i ? null : i)}
            >
              <span className="flag-kind">{FLAG_LABELS[flag.kind]}</span>
              <span className="flag-message">{flag.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
