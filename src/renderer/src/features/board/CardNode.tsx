import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { PRIORITY_STATUSES } from '../../../../shared/domain/workspace';
import { scoreOf, STATUS_STYLES } from '../../../../shared/domain/board';
import { boardActions } from './boardActions';
import { ChoiceSelect } from './ChoiceSelect';
import type { CardNode as CardNodeType } from './boardNodes';
import { useZoomedOut } from './levelOfDetail';

const fmt = (n: number | null) => (n === null ? '–' : String(n));

/**
 * A priority on the board. Status shows three ways at once (colour, border style, word)
 * so it reads on a washed-out projector and for colour-blind viewers.
 */
function CardNodeView({ data, selected }: NodeProps<CardNodeType>) {
  // Only a large board switches to titles when zoomed out: up to 40 cards keep every detail.
  const zoomedOut = useZoomedOut() && data.manyCards;
  const [choosing, setChoosing] = useState(false);
  const { priority: p, axes } = data;
  const classes = [
    'board-card',
    `board-card-${p.status}`,
    zoomedOut ? 'board-card-compact' : '',
    selected ? 'board-card-selected' : '',
    data.warned ? 'board-card-warned' : '',
    data.dimmed ? 'board-card-dimmed' : '',
  ].join(' ');
  const title = (
    <div className="board-card-title">
      {data.isFocus ? (
        <span className="board-card-focus" title="The quarter's focus">
          ★{' '}
        </span>
      ) : null}
      {p.title}
    </div>
  );
  if (zoomedOut) {
    return (
      <div className={classes} data-testid="board-card" data-card-id={p.id}>
        <Handle type="target" position={Position.Left} className="board-handle" />
        {title}
        <Handle type="source" position={Position.Right} className="board-handle" />
      </div>
    );
  }
  const y = scoreOf(p, axes.y.dimension);
  const x = scoreOf(p, axes.x.dimension);
  return (
    <div className={classes} data-testid="board-card" data-card-id={p.id} title={p.description || p.title}>
      <Handle type="target" position={Position.Left} className="board-handle" />
      {title}
      {/* One line under the title: status, who, scores. Two text rows keep the card small enough
          that 40 of them fit the plot at a readable size. */}
      <div className="board-card-meta">
        {choosing ? (
          // A real select only while choosing: a thousand idle selects cost more than the cards.
          <ChoiceSelect
            className="board-card-status nodrag"
            aria-label={`Status of ${p.title}`}
            value={p.status}
            choices={PRIORITY_STATUSES}
            labelOf={(s) => STATUS_STYLES[s].label}
            autoFocus
            onBlur={() => setChoosing(false)}
            onChoose={(status) => {
              setChoosing(false);
              boardActions.requestStatus(p.id, status);
            }}
          />
        ) : (
          <button
            type="button"
            className="board-card-status nodrag"
            aria-label={`Status of ${p.title}: ${STATUS_STYLES[p.status].label}`}
            disabled={data.readOnly}
            onClick={() => setChoosing(true)}
          >
            {STATUS_STYLES[p.status].label} ▾
          </button>
        )}
        <span className="board-card-owner">{[p.owner, p.department].filter(Boolean).join(' · ') || ' '}</span>
        <span
          className="board-card-scores"
          aria-label={`${axes.y.label} ${fmt(y)}, ${axes.x.label} ${fmt(x)}`}
        >
          {data.unplaced
            ? 'not placed'
            : `${axes.y.label.charAt(0)} ${fmt(y)} · ${axes.x.label.charAt(0)} ${fmt(x)}`}
        </span>
      </div>
      <Handle type="source" position={Position.Right} className="board-handle" />
    </div>
  );
}

export const CardNode = memo(CardNodeView);
