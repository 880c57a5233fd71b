import { DECK_LIMITS, type KpiRow } from '../../../../shared/domain/workspace';
import { kpiStatus, KPI_STATUS_LABELS } from '../../../../shared/domain/deck';
import { CommittedInput } from '../../ui/CommittedInput';
import { NumberCell } from './NumberCell';

type KpiCellsProps = {
  row: KpiRow;
  index: number;
  /** The row's name in labels: its metric, or "KPI 3" while it has none. */
  name: string;
  readOnly: boolean;
  onChange: (change: Partial<Omit<KpiRow, 'id'>>) => void;
};

/** One KPI's cells: its figures, which way is better, and the status computed from them. */
export function KpiCells({ row, index, name, readOnly, onChange }: KpiCellsProps) {
  const status = kpiStatus(row);
  return (
    <>
      <td>
        <CommittedInput
          aria-label={`Metric ${index + 1}`}
          value={row.metric}
          maxLength={DECK_LIMITS.cell}
          placeholder="Net revenue retention"
          readOnly={readOnly}
          onCommit={(metric) => onChange({ metric })}
        />
      </td>
      <td>
        <NumberCell
          label={`Target for ${name}`}
          value={row.target}
          readOnly={readOnly}
          onCommit={(target) => onChange({ target })}
        />
      </td>
      <td>
        <NumberCell
          label={`Actual for ${name}`}
          value={row.actual}
          readOnly={readOnly}
          onCommit={(actual) => onChange({ actual })}
        />
      </td>
      <td>
        <NumberCell
          label={`Prior period for ${name}`}
          value={row.prior}
          readOnly={readOnly}
          onCommit={(prior) => onChange({ prior })}
        />
      </td>
      <td>
        <CommittedInput
          className="deck-unit"
          aria-label={`Unit for ${name}`}
          value={row.unit}
          maxLength={DECK_LIMITS.unit}
          placeholder="%"
          readOnly={readOnly}
          onCommit={(unit) => onChange({ unit })}
        />
      </td>
      <td>
        <select
          aria-label={`Which way is better for ${name}`}
          value={row.better}
          disabled={readOnly}
          onChange={(e) => onChange({ better: e.target.value === 'lower' ? 'lower' : 'higher' })}
        >
          <option value="higher">Higher</option>
          <option value="lower">Lower</option>
        </select>
      </td>
      <td>
        <span className={`kpi-status kpi-status-${status}`} aria-label={`Status of ${name}`} role="status">
          {KPI_STATUS_LABELS[status]}
        </span>
      </td>
    </>
  );
}

/** The line under a KPI: one comment on why, and what happens next. */
export function KpiComment({ row, name, readOnly, onChange }: Omit<KpiCellsProps, 'index'>) {
  return (
    <CommittedInput
      aria-label={`Comment on ${name}`}
      value={row.comment}
      maxLength={DECK_LIMITS.cell}
      placeholder="Comment: one line on why, and what happens next"
      readOnly={readOnly}
      onCommit={(comment) => onChange({ comment })}
    />
  );
}
