import { AXIS_PRESET_LABELS, LINK_KIND_LABELS, LINK_STYLES } from '../../../../shared/domain/board';
import { AXIS_PRESETS, LINK_KINDS, type Workspace } from '../../../../shared/domain/workspace';
import { boardActions } from './boardActions';
import { ChoiceSelect } from './ChoiceSelect';
import { boardView, useBoardView, type BoardLayout } from './store';
import { ShowOnProjector } from '../presenter';

const LAYOUTS: Array<{ id: BoardLayout; label: string }> = [
  { id: 'matrix', label: 'Matrix' },
  { id: 'lanes', label: 'Lanes' },
  { id: 'dependencies', label: 'Dependencies' },
];

/** Layout, axes, the kind of the next link, search and export: one row above the canvas. */
export function BoardToolbar({
  workspace,
  readOnly,
  onExport,
  onAddCard,
  onAddNote,
}: {
  workspace: Workspace;
  readOnly: boolean;
  onExport: (format: 'png' | 'svg') => void;
  onAddCard: () => void;
  onAddNote: () => void;
}) {
  const layout = useBoardView((s) => s.layout);
  const linkKind = useBoardView((s) => s.linkKind);
  const query = useBoardView((s) => s.query);
  const selectedIds = useBoardView((s) => s.selectedIds);
  const { board } = workspace;
  return (
    <div className="board-toolbar" role="toolbar" aria-label="Board">
      <div className="segmented" role="group" aria-label="Layout">
        {LAYOUTS.map((l) => (
          <button
            key={l.id}
            type="button"
            className={layout === l.id ? 'segment segment-on' : 'segment'}
            aria-pressed={layout === l.id}
            onClick={() => boardView.setLayout(l.id)}
          >
            {l.label}
          </button>
        ))}
      </div>
      <label className="board-field">
        <span>Axes</span>
        <ChoiceSelect
          value={board.axes}
          choices={AXIS_PRESETS}
          labelOf={(p) => AXIS_PRESET_LABELS[p]}
          disabled={readOnly}
          onChoose={(axes) => boardActions.setBoard({ axes })}
        />
      </label>
      {board.axes === 'custom' ? (
        <>
          <input
            className="board-axis-input"
            aria-label="Horizontal axis label"
            placeholder="Horizontal axis"
            maxLength={40}
            value={board.customX}
            disabled={readOnly}
            onChange={(e) => boardActions.setBoard({ customX: e.target.value })}
          />
          <input
            className="board-axis-input"
            aria-label="Vertical axis label"
            placeholder="Vertical axis"
            maxLength={40}
            value={board.customY}
            disabled={readOnly}
            onChange={(e) => boardActions.setBoard({ customY: e.target.value })}
          />
        </>
      ) : null}
      <label className="board-field">
        <span>Link as</span>
        <ChoiceSelect
          value={linkKind}
          choices={LINK_KINDS}
          labelOf={(k) => LINK_KIND_LABELS[k]}
          onChoose={boardView.setLinkKind}
          aria-label="Kind of the next link you draw"
          style={{ borderColor: LINK_STYLES[linkKind].stroke }}
        />
      </label>
      <input
        type="search"
        className="board-search"
        placeholder="Find a card…"
        aria-label="Find a card"
        value={query}
        onChange={(e) => boardView.setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          const q = query.trim().toLowerCase();
          const hits = workspace.priorities
            .filter((p) => [p.title, p.owner, p.department].some((s) => s.toLowerCase().includes(q)))
            .map((p) => p.id);
          if (hits.length > 0) {
            boardView.select(hits);
            boardView.focusOn(hits);
          } else boardView.fail(`No card matches “${query.trim()}”.`);
        }}
      />
      <span className="board-toolbar-spacer" />
      {!readOnly ? (
        <button type="button" className="button button-small" onClick={onAddCard}>
          + Card
        </button>
      ) : null}
      {!readOnly ? (
        <button type="button" className="button button-small" onClick={onAddNote}>
          + Note
        </button>
      ) : null}
      {/* The room sees the chosen cards, or the whole board when none is chosen. */}
      <ShowOnProjector
        cue={{ kind: 'board', priorityIds: selectedIds.length > 0 ? selectedIds : null }}
        label={selectedIds.length > 0 ? `${selectedIds.length} on projector` : 'On projector'}
        className="button button-small"
      />
      <div className="board-export" role="group" aria-label="Export image">
        <span>Export</span>
        <button
          type="button"
          className="button button-small"
          onClick={() => onExport('png')}
          aria-label="Export PNG"
        >
          PNG
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => onExport('svg')}
          aria-label="Export SVG"
        >
          SVG
        </button>
      </div>
    </div>
  );
}
