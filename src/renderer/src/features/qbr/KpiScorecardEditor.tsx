import { kpiStatus, KPI_STATUS_LABELS } from '../../../../shared/domain/deck';
import type { DeckSection } from '../../../../shared/domain/workspace';
import { deckActions } from './deckActions';
import { KpiRowEditor } from './KpiRowEditor';

type KpiSection = Extract<DeckSection, { type: 'kpi-scorecard' }>;

/** The KPI table: one row per metric; each row's status follows its numbers as they are typed. */
export function KpiScorecardEditor({ section, readOnly }: { section: KpiSection; readOnly: boolean }) {
  const counts = section.rows.reduce<Record<string, number>>((acc, row) => {
    const status = kpiStatus(row);
    acc[status] = (acc[status] ?? 0) + 1;
    return acc;
  }, {});
  const summary = (['on-track', 'at-risk', 'off-track'] as const)
    .filter((s) => counts[s])
    .map((s) => `${counts[s]} ${KPI_STATUS_LABELS[s].toLowerCase()}`);
  return (
    <div className="deck-rows-editor">
      {section.rows.length === 0 ? (
        <p className="muted">No KPIs yet. Add the metrics the readers follow every quarter.</p>
      ) : (
        <table className="deck-table kpi-table" aria-label="KPIs">
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Target</th>
              <th scope="col">Actual</th>
              <th scope="col">Prior</th>
              <th scope="col">Unit</th>
              <th scope="col">Better</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          {section.rows.map((row, index) => (
            <KpiRowEditor
              key={row.id}
              row={row}
              index={index}
              readOnly={readOnly}
              onChange={(change) => deckActions.updateKpiRow(section.id, row.id, change)}
              onRemove={() => deckActions.removeKpiRow(section.id, row.id)}
            />
          ))}
        </table>
      )}
      <div className="deck-rows-footer">
        {readOnly ? null : (
          <button type="button" className="button" onClick={() => deckActions.addKpiRow(section.id)}>
            Add KPI
          </button>
        )}
        {summary.length > 0 ? (
          <p className="deck-rows-summary" aria-live="polite">
            {summary.join(' · ')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
