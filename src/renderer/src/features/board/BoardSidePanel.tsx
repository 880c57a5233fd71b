import {
  capacityUse,
  countOf,
  LINK_STYLES,
  STATUS_STYLES,
  type BoardWarning,
} from '../../../../shared/domain/board';
import type { Workspace } from '../../../../shared/domain/workspace';
import { boardActions } from './boardActions';
import { BoardOverview } from './BoardOverview';
import { CardInspector } from './CardInspector';
import { boardView, useBoardView } from './store';

/** Capacity, warnings (click to focus), the selected card or link, and the legend. */
export function BoardSidePanel({
  workspace,
  warnings,
  readOnly,
}: {
  workspace: Workspace;
  warnings: readonly BoardWarning[];
  readOnly: boolean;
}) {
  const selectedIds = useBoardView((s) => s.selectedIds);
  const selectedLinkId = useBoardView((s) => s.selectedLinkId);
  const title = (id: string) => workspace.priorities.find((p) => p.id === id)?.title ?? 'a deleted card';
  return (
    <aside className="board-side" aria-label="Board details">
      <BoardOverview />
      <CapacityBar workspace={workspace} readOnly={readOnly} />
      <section className="board-panel" aria-label="Warnings">
        <h3>
          Warnings <span className="board-count">{warnings.length}</span>
        </h3>
        {warnings.length === 0 ? (
          <p className="muted">No conflicts, cycles or over-commitment.</p>
        ) : (
          <ul className="board-warnings">
            {warnings.map((w, i) => (
              <li key={i}>
                <button
                  type="button"
                  className={`board-warning board-warning-${w.kind}`}
                  onClick={() => {
                    boardView.select(w.priorityIds);
                    boardView.focusOn(w.priorityIds);
                  }}
                >
                  {describe(w, title)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <CardInspector
        workspace={workspace}
        selectedIds={selectedIds}
        selectedLinkId={selectedLinkId}
        readOnly={readOnly}
      />
      <section className="board-panel board-legend" aria-label="Legend">
        <h3>Legend</h3>
        <ul>
          {Object.entries(LINK_STYLES).map(([kind, s]) => (
            <li key={kind}>
              <svg width="44" height="12" aria-hidden="true">
                <line
                  x1="2"
                  y1="6"
                  x2="38"
                  y2="6"
                  stroke={s.stroke}
                  strokeWidth={s.width}
                  strokeDasharray={s.dash ?? undefined}
                />
                {s.arrow ? <path d="M34,1 L42,6 L34,11 z" fill={s.stroke} /> : null}
              </svg>
              {s.legend}
            </li>
          ))}
          {Object.entries(STATUS_STYLES).map(([status, s]) => (
            <li key={status}>
              <span className={`board-legend-chip board-card-${status}`} />
              {s.label}
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}

function describe(w: BoardWarning, title: (id: string) => string): string {
  switch (w.kind) {
    case 'over-capacity':
      return `Over capacity: committed effort ${w.committedEffort} of ${countOf(w.capacity, 'point')}.`;
    case 'committed-conflict':
      return `“${title(w.priorityIds[0])}” and “${title(w.priorityIds[1])}” conflict, and both are committed.`;
    case 'uncommitted-dependency':
      return `“${title(w.priorityIds[0])}” is committed but depends on “${title(w.priorityIds[1])}”, which is not.`;
    case 'dependency-cycle':
      return `Dependency cycle: ${w.priorityIds.map(title).join(' → ')} → ${title(w.priorityIds[0]!)}.`;
  }
}

function CapacityBar({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const use = capacityUse(workspace);
  const percent = use.ratio === null ? 0 : Math.min(100, Math.round(use.ratio * 100));
  return (
    <section className="board-panel" aria-label="Capacity">
      <h3>Capacity this quarter</h3>
      <label className="board-field">
        <span>Effort points</span>
        <input
          type="number"
          min={0}
          step={1}
          className="board-capacity-input"
          aria-label="Capacity in effort points"
          value={workspace.board.capacity ?? ''}
          disabled={readOnly}
          placeholder="Set…"
          onChange={(e) =>
            boardActions.setBoard({ capacity: e.target.value === '' ? null : Number(e.target.value) })
          }
        />
      </label>
      <div
        className={use.over ? 'board-capacity board-capacity-over' : 'board-capacity'}
        role="meter"
        aria-label="Committed effort against capacity"
        aria-valuemin={0}
        aria-valuemax={use.capacity ?? 0}
        aria-valuenow={use.committedEffort}
      >
        <div className="board-capacity-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className={use.over ? 'board-capacity-text board-capacity-text-over' : 'board-capacity-text'}>
        {use.capacity === null
          ? `Committed effort: ${countOf(use.committedEffort, 'point')}. Set a capacity to compare.`
          : `${use.committedEffort} of ${countOf(use.capacity, 'point')} committed${use.over ? ` — ${Math.round((use.committedEffort - use.capacity) * 10) / 10} over` : ''}`}
      </p>
    </section>
  );
}
