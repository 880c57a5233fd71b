import { Field } from '../../ui/Field';
import type { RoundSetupProps } from './ballotMethodViews';

/** Beyond this many items, putting them all in order is tiring and the bottom half gets guessed. */
export const LONG_ORDER_ITEMS = 15;

/** Full order: past 15 items, suggest a method that is easier on the voters. */
export function LongOrderAdvice({ itemCount, onMethod }: RoundSetupProps) {
  if (itemCount <= LONG_ORDER_ITEMS) return null;
  // A suggestion, not a rule: the round can still be opened as it is.
  return (
    <p className="round-method-advice" role="status">
      {itemCount} items is a long list to put in order: the lower places tend to be guessed. For more than{' '}
      {LONG_ORDER_ITEMS}, <strong>pairwise</strong> (one “A or B?” at a time) or <strong>dots</strong> are
      easier on the voters.{' '}
      <button type="button" className="button button-small" onClick={() => onMethod('pairwise')}>
        Use pairwise
      </button>{' '}
      <button type="button" className="button button-small" onClick={() => onMethod('dots')}>
        Use dots
      </button>
    </p>
  );
}

export function PointsBudgetField({ settings, onSettings }: RoundSetupProps) {
  return (
    <Field label="Points per person">
      {(id) => (
        <input
          id={id}
          type="number"
          min={1}
          max={10000}
          value={settings.budget}
          onChange={(e) => onSettings({ budget: Number(e.target.value) })}
        />
      )}
    </Field>
  );
}

export function DotsCountField({ settings, onSettings }: RoundSetupProps) {
  return (
    <Field label="Dots per person">
      {(id) => (
        <input
          id={id}
          type="number"
          min={1}
          max={50}
          value={settings.dots}
          onChange={(e) => onSettings({ dots: Number(e.target.value) })}
        />
      )}
    </Field>
  );
}

export function StrengthChoice({ settings, onSettings }: RoundSetupProps) {
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={settings.ahpStrength}
        onChange={(e) => onSettings({ ahpStrength: e.target.checked })}
      />
      Ask how much more (1–9, AHP weights and consistency). Every pair is asked.
    </label>
  );
}
