import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { PRIORITY_STATUSES } from '../../../../shared/domain/workspace';
import { scoreOf, STATUS_STYLES } from '../../../../shared/domain/board';
import { boardActions } from './boardActions';
import { ChoiceSelect } from './ChoiceSelect';
import type { CardNode as CardNodeType } from './boardNodes';

const fmt = (n: number | null) => (n === null ? '–' : String(n));

/**
 * A priority on the board. Status shows three ways at once (colour, border style, word)
 * so it reads on a washed-out projector and for colour-blind viewers.
 */
function CardNodeView({ data, selected }: NodeProps<CardNodeType>) {
  const { priority: p, axes } = data;
  const classes = [
    'board-card',
    `board-card-${p.status}`,
    selected ? 'board-card-selected' : '',
    data.warned ? 'board-card-warned' : '',
    data.dimmed ? 'board-card-dimmed' : '',
  ].join(' ');
  return (
    <div className={classes} data-testid="board-card" data-card-id={p.id} title={p.description || p.title}>
      <Handle type="target" position={Position.Left} className="board-handle" />
      <div className="board-card-title">
        {data.isFocus ? (
          <span className="board-card-focus" title="The quarter's focus">
            ★{' '}
          </span>
        ) : null}
        {p.title}
      </div>
      <div className="board-card-meta">
        <span className="board-card-owner">{[p.owner, p.department].filter(Boolean).join(' · ') || ' '}</span>
        <span
          className="board-card-scores"
          aria-label={`${axes.y.label} ${fmt(scoreOf(p, axes.y.dimension))}, ${axes.x.label} ${fmt(scoreOf(p, axes.x.dimension))}`}
        >
          {data.unplaced
            ? 'not placed'
            : `${axes.y.label.charAt(0)} ${fmt(scoreOf(p, axes.y.dimension))} · ${axes.x.label.charAt(0)} ${fmt(scoreOf(p, axes.x.dimension))}`}
        </span>
      </div>
      <ChoiceSelect
        className="board-card-status nodrag"
        aria-label={`Status of ${p.title}`}
        value={p.status}
        choices={PRIORITY_STATUSES}
        labelOf={(s) => STATUS_STYLES[s].label}
        disabled={data.readOnly}
        onChoose={(status) => boardActions.requestStatus(p.id, status)}
      />
      <Handle type="source" position={Position.Right} className="board-handle" />
    </div>
  );
}

export const CardNode = memo(CardNodeView);
