import { DECISION_KINDS, type DecisionKind } from '../../../../shared/domain/workspace';
import { KIND_INFO } from './labels';

type KindFilterProps = {
  counts: Record<DecisionKind, number>;
  total: number;
  shown: DecisionKind | 'all';
  onShow: (kind: DecisionKind | 'all') => void;
};

/** Which kinds the log shows, with how many entries each kind has. */
export function KindFilter({ counts, total, shown, onShow }: KindFilterProps) {
  const choices: Array<{ kind: DecisionKind | 'all'; label: string; count: number; symbol: string }> = [
    { kind: 'all', label: 'All', count: total, symbol: '' },
    ...DECISION_KINDS.map((kind) => ({ kind, ...KIND_INFO[kind], count: counts[kind] })),
  ];
  return (
    <div className="kind-filter" role="group" aria-label="Show kind">
      {choices.map((c) => (
        <button
          key={c.kind}
          type="button"
          className={`kind-filter-button kind-${c.kind}`}
          aria-pressed={shown === c.kind}
          onClick={() => onShow(c.kind)}
        >
          {c.symbol ? <span aria-hidden="true">{c.symbol} </span> : null}
          {c.label} <span className="kind-count">{c.count}</span>
        </button>
      ))}
    </div>
  );
}
