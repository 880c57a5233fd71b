import { kpiStatus, kpiStatusCount, type KpiStatus } from '../../../../shared/domain/deck';
import type { DeckSection } from '../../../../shared/domain/workspace';
import { EditableTable } from '../../ui/EditableTable';
import { deckActions } from './deckActions';
import { KpiCells, KpiComment } from './KpiCells';

type KpiSection = Extract<DeckSection, { type: 'kpi-scorecard' }>;

const COUNTED: readonly KpiStatus[] = ['on-track', 'at-risk', 'off-track'];

/** The KPI table: one row per metric; each row's status follows its numbers as they are typed. */
export function KpiScorecardEditor({ section, readOnly }: { section: KpiSection; readOnly: boolean }) {
  const statuses = section.rows.map((row) => kpiStatus(row));
  const summary = COUNTED.map((s) => [s, statuses.filter((t) => t === s).length] as const)
    .filter(([, count]) => count > 0)
    .map(([s, count]) => kpiStatusCount(s, count));
  const onChange = (rowId: string) => (change: Parameters<typeof deckActions.updateKpiRow>[2]) =>
    deckActions.updateKpiRow(section.id, rowId, change);
  return (
    <div className="deck-rows-editor">
      <EditableTable
        label="KPIs"
        className="kpi-table"
        columns={['Metric', 'Target', 'Actual', 'Prior', 'Unit', 'Better', 'Status']}
        rows={section.rows}
        readOnly={readOnly}
        empty={<p className="muted">No KPIs yet. Add the metrics the readers follow every quarter.</p>}
        addLabel="Add KPI"
        onAdd={() => deckActions.addKpiRow(section.id)}
        onRemove={(row) => deckActions.removeKpiRow(section.id, row.id)}
        rowName={(row, index) => row.metric.trim() || `KPI ${index + 1}`}
        rowClassName={(row) => `kpi-row kpi-row-${kpiStatus(row)}`}
        cells={(row, index, name) => (
          <KpiCells row={row} index={index} name={name} readOnly={readOnly} onChange={onChange(row.id)} />
        )}
        belowClassName="kpi-comment-row"
        below={(row, _index, name) => (
          <KpiComment row={row} name={name} readOnly={readOnly} onChange={onChange(row.id)} />
        )}
        footer={
          summary.length > 0 ? (
            <p className="deck-rows-summary" aria-live="polite">
              {summary.join(' · ')}
            </p>
          ) : null
        }
      />
    </div>
  );
}
