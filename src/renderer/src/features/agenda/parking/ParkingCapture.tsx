import './parking.css';
import { useState } from 'react';
import { AGENDA_LIMITS, type Workspace } from '../../../../../shared/domain/workspace';
import { Dialog } from '../../../ui/Dialog';
import { Field } from '../../../ui/Field';
import { useDocument } from '../../../document';
import { parkingActions } from './parkingActions';
import { linkWords } from './parkedWords';
import { useParkingView, type CaptureLink } from './parkingStore';

/** The one-line box the shortcut opens, on whichever screen is showing. */
export function ParkingCapture() {
  const capture = useParkingView((s) => s.capture);
  const workspace = useDocument((s) => s.current?.workspace);
  if (!capture || !workspace) return null;
  return <CaptureBox opened={capture} workspace={workspace} />;
}

function CaptureBox({ opened, workspace }: { opened: CaptureLink; workspace: Workspace }) {
  const [text, setText] = useState('');
  const [priorityId, setPriorityId] = useState(opened.priorityId);
  const [error, setError] = useState<string | null>(null);
  const link: CaptureLink = { blockId: opened.blockId, priorityId };
  const linked = linkWords(workspace, link);
  const length = text.replace(/\s+/g, ' ').trim().length;

  const submit = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    setError(parkingActions.park(text, link));
  };

  return (
    <Dialog title="Park an item" onClose={parkingActions.cancelCapture} width={600}>
      <form className="parking-capture" aria-label="Park an item" onSubmit={submit} noValidate>
        <Field
          label="What to park"
          error={error}
          hint={
            length > AGENDA_LIMITS.parkedText - 50
              ? `${length} of ${AGENDA_LIMITS.parkedText} characters. Enter parks it, Esc cancels.`
              : 'One line. Enter parks it, Esc cancels.'
          }
        >
          {(id, describedBy) => (
            // One line of text that wraps as it grows, so a long or non-Latin item stays
            // readable; Enter parks it (not while an input method is composing a character).
            <textarea
              id={id}
              className="parking-capture-text"
              rows={2}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              autoComplete="off"
              value={text}
              onChange={(e) => {
                setText(e.target.value.replace(/[\r\n]+/g, ' '));
                setError(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.nativeEvent.isComposing) submit(e);
              }}
            />
          )}
        </Field>
        <p className="parking-link" aria-live="polite">
          {linked ? (
            <>
              Linked to: <strong>{linked}</strong>
            </>
          ) : (
            'Not linked to a block or a priority.'
          )}
        </p>
        <div className="parking-capture-foot">
          <label className="parking-priority-choice">
            <span>Priority</span>
            <select value={priorityId ?? ''} onChange={(e) => setPriorityId(e.target.value || null)}>
              <option value="">None</option>
              {workspace.priorities.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button" onClick={parkingActions.cancelCapture}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            Park
          </button>
        </div>
      </form>
    </Dialog>
  );
}
