import { DECISION_KINDS, type DecisionKind } from '../../../../shared/domain/workspace';
import { KIND_INFO } from './labels';

/** The kind badge, as a control: the same colour, symbol and word, changeable. */
export function KindSelect({
  kind,
  onChange,
}: {
  kind: DecisionKind;
  onChange: (kind: DecisionKind) => void;
}) {
  return (
    <select
      aria-label="Kind"
      className={`kind-badge kind-select kind-${kind}`}
      value={kind}
      onChange={(e) => onChange(e.target.value as DecisionKind)}
    >
      {DECISION_KINDS.map((k) => (
        <option key={k} value={k}>
          {KIND_INFO[k].symbol} {KIND_INFO[k].label}
        </option>
      ))}
    </select>
  );
}
