import type { DecisionKind } from '../../../../shared/domain/workspace';
import { KIND_INFO } from './labels';

export function KindBadge({ kind }: { kind: DecisionKind }) {
  const { label, symbol } = KIND_INFO[kind];
  return (
    <span className={`kind-badge kind-${kind}`}>
      <span aria-hidden="true">{symbol}</span> {label}
    </span>
  );
}
