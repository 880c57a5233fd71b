import { useState } from 'react';
import {
  axesOf,
  countOf,
  LINK_KIND_LABELS,
  rationaleOf,
  scoreOf,
  STATUS_STYLES,
} from '../../../../shared/domain/board';
import { LINK_KINDS, PRIORITY_STATUSES, type Workspace } from '../../../../shared/domain/workspace';
import { CommittedInput } from '../../ui/CommittedInput';
import { boardActions } from './boardActions';
import { ChoiceSelect } from './ChoiceSelect';

type Props = {
  workspace: Workspace;
  selectedIds: string[];
  selectedLinkId: string | null;
  readOnly: boolean;
};

/** Edit what is selected: a card's title, owner, scores and status, or a link's kind and cost. */
export function CardInspector({ workspace, selectedIds, selectedLinkId, readOnly }: Props) {
  const link = selectedLinkId ? workspace.links.find((l) => l.id === selectedLinkId) : undefined;
  if (link) {
    const from = workspace.priorities.find((p) => p.id === link.from)?.title;
    const to = workspace.priorities.find((p) => p.id === link.to)?.title;
    return (
      <section className="board-panel" aria-label="Selected link">
        <h3>Link</h3>
        <p className="board-link-sentence">
          <strong>{from}</strong> {LINK_KIND_LABELS[link.kind]} <strong>{to}</strong>
        </p>
        <label className="board-field">
          <span>Kind</span>
          <ChoiceSelect
            value={link.kind}
            choices={LINK_KINDS}
            labelOf={(k) => LINK_KIND_LABELS[k]}
            disabled={readOnly}
            onChoose={(kind) => boardActions.updateLink(link.id, { kind })}
          />
        </label>
        {link.kind === 'trades-off' ? (
          <label className="board-field board-field-wide">
            <span>The cost</span>
            <CommittedInput
              value={link.cost}
              maxLength={500}
              disabled={readOnly}
              placeholder="e.g. Launch EU slips 6 weeks"
              aria-label="Cost of the trade-off"
              onCommit={(cost) => boardActions.updateLink(link.id, { cost })}
            />
          </label>
        ) : null}
        {!readOnly ? (
          <button type="button" className="button button-danger" onClick={boardActions.removeSelection}>
            Delete link
          </button>
        ) : null}
      </section>
    );
  }
  const cards = workspace.priorities.filter((p) => selectedIds.includes(p.id));
  if (cards.length === 0) {
    return (
      <section className="board-panel board-hint" aria-label="How to use the board">
        <h3>Board</h3>
        <p className="muted">
          Drag a card to change its scores. Drag from a card’s edge dot to another card to link them.
          Shift-drag selects several; arrow keys nudge; Delete removes; Ctrl+Z undoes.
        </p>
      </section>
    );
  }
  if (cards.length > 1) {
    return (
      <section className="board-panel" aria-label="Selected cards">
        <h3>{countOf(cards.length, 'card')} selected</h3>
        <div className="board-actions">
          <button type="button" className="button" onClick={boardActions.copy}>
            Copy
          </button>
          {!readOnly ? (
            <button type="button" className="button button-danger" onClick={boardActions.removeSelection}>
              Delete
            </button>
          ) : null}
        </div>
      </section>
    );
  }
  return <OneCard workspace={workspace} id={cards[0]!.id} readOnly={readOnly} />;
}

function OneCard({ workspace, id, readOnly }: { workspace: Workspace; id: string; readOnly: boolean }) {
  const card = workspace.priorities.find((p) => p.id === id)!;
  const axes = axesOf(workspace.board);
  const rationale = rationaleOf(workspace, id);
  return (
    <section className="board-panel" aria-label="Selected card">
      <h3>Card</h3>
      <label className="board-field board-field-wide">
        <span>Title</span>
        <CommittedInput
          required
          value={card.title}
          maxLength={200}
          disabled={readOnly}
          onCommit={(t) => boardActions.rename(id, t)}
        />
      </label>
      <div className="board-field-row">
        <label className="board-field">
          <span>Owner</span>
          <CommittedInput
            value={card.owner}
            maxLength={120}
            disabled={readOnly}
            onCommit={(o) => boardActions.setOwner(id, o)}
          />
        </label>
        <label className="board-field">
          <span>Department</span>
          <CommittedInput
            value={card.department}
            maxLength={120}
            disabled={readOnly}
            onCommit={(d) => boardActions.setDepartment(id, d)}
          />
        </label>
      </div>
      <div className="board-field-row">
        <ScoreInput
          label={axes.y.label}
          value={scoreOf(card, axes.y.dimension)}
          readOnly={readOnly}
          onCommit={(y) => boardActions.setScores(id, { y })}
        />
        <ScoreInput
          label={axes.x.label}
          value={scoreOf(card, axes.x.dimension)}
          readOnly={readOnly}
          onCommit={(x) => boardActions.setScores(id, { x })}
        />
      </div>
      <label className="board-field">
        <span>Status</span>
        <ChoiceSelect
          value={card.status}
          choices={PRIORITY_STATUSES}
          labelOf={(s) => STATUS_STYLES[s].label}
          disabled={readOnly}
          onChoose={(status) => boardActions.requestStatus(id, status)}
        />
      </label>
      {rationale ? <p className="board-rationale">Why: {rationale}</p> : null}
    </section>
  );
}

/** A score field: typing moves the card; out-of-range input is refused with a message. */
function ScoreInput({
  label,
  value,
  readOnly,
  onCommit,
}: {
  label: string;
  value: number | null;
  readOnly: boolean;
  onCommit: (v: number) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <label className="board-field">
      <span>{label} (0–10)</span>
      <input
        type="number"
        min={0}
        max={10}
        step={0.1}
        aria-label={`${label} score`}
        disabled={readOnly}
        value={draft ?? (value === null ? '' : String(value))}
        onChange={(e) => {
          setDraft(e.target.value);
          if (e.target.value !== '') onCommit(Number(e.target.value));
        }}
        onBlur={() => setDraft(null)}
      />
    </label>
  );
}
