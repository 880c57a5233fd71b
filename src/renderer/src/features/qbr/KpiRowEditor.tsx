import { DECK_LIMITS, type KpiRow } from '../../../../shared/domain/workspace';
import { kpiStatus, KPI_STATUS_LABELS } from '../../../../shared/domain/deck';
import { CommittedInput } from '../../ui/CommittedInput';
import { NumberCell } from './NumberCell';
import { RemoveRowCell } from './RemoveRowCell';

type KpiRowEditorProps = {
  row: KpiRow;
  index: number;
  readOnly: boolean;
  onChange: (change: Partial<Omit<KpiRow, 'id'>>) => void;
  onRemove: () => void;
};

/** One KPI: its figures, which way is better, the status computed from them, and a comment line. */
export function KpiRowEditor({ row, index, readOnly, onChange, onRemove }: KpiRowEditorProps) {
  const name = row.metric.trim() || `KPI ${index + 1}`;
  const status = kpiStatus(row);
  return (
    <tbody className={`kpi-row kpi-row-${status}`}>
      <tr>
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
        <RemoveRowCell name={name} readOnly={readOnly} onRemove={onRemove} />
      </tr>
      <tr className="kpi-comment-row">
        <td colSpan={8}>
          <CommittedInput
            aria-label={`Comment on ${name}`}
            value={row.comment}
            maxLength={DECK_LIMITS.cell}
            placeholder="Comment: one line on why, and what happens next"
            readOnly={readOnly}
            onCommit={(comment) => onChange({ comment })}
          />
        </td>
      </tr>
    </tbody>
  );
}
