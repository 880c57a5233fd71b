import type { Node, NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import type { NoteData } from './boardNodes';
import { boardActions } from './boardActions';

/** A free sticky note. Text is saved when the note loses focus, as one undoable edit. */
function NoteNodeView({ id, data, selected }: NodeProps<Node<NoteData, 'note'>>) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className={selected ? 'board-note board-note-selected' : 'board-note'} data-testid="board-note">
      <textarea
        className="board-note-text nodrag"
        aria-label="Note"
        placeholder="Note…"
        readOnly={data.readOnly}
        value={draft ?? data.text}
        maxLength={1000}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== null && draft !== data.text) boardActions.updateNote(id, { text: draft });
          setDraft(null);
        }}
      />
    </div>
  );
}

export const NoteNode = memo(NoteNodeView);
