import { useState } from 'react';
import { setSpeakerNote, speakerNote, type Cue } from '../../../../shared/domain/stage';
import type { Workspace } from '../../../../shared/domain/workspace';
import { documentActions } from '../../document';

/**
 * The facilitator's notes for what is on the projector: saved with the workspace like any
 * edit (undoable), shown on this console only. A refusal (too long) is said beside the
 * field and the draft is kept, so nothing typed is lost.
 */
export function SpeakerNotes({
  workspace,
  cue,
  readOnly,
}: {
  workspace: Workspace;
  cue: Cue;
  readOnly: boolean;
}) {
  const saved = speakerNote(workspace, cue);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="presenter-notes">
      <label htmlFor="speaker-notes">
        <h2>Speaker notes</h2>
      </label>
      <textarea
        id="speaker-notes"
        value={draft ?? saved}
        readOnly={readOnly}
        rows={6}
        placeholder="Only you see these, here on the laptop."
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'speaker-notes-problem' : undefined}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          const refused = documentActions.tryEdit((w) => setSpeakerNote(w, cue, text));
          setProblem(refused);
        }}
        onBlur={() => {
          if (!problem) setDraft(null);
        }}
      />
      {problem ? (
        <p id="speaker-notes-problem" className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
