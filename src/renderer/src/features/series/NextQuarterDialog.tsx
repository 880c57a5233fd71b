import { useState } from 'react';
import { LIMITS, SERIES_LIMITS, type Workspace } from '../../../../shared/domain/workspace';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { nextQuarterIn } from './nextQuarterText';
import { seriesActions } from './seriesActions';

/** "Next quarter…": the new quarter's name, period and label, suggested from this one's. */
export function NextQuarterDialog({ workspace, onClose }: { workspace: Workspace; onClose: () => void }) {
  const [name, setName] = useState(() => nextQuarterIn(workspace.name));
  const [period, setPeriod] = useState(() => nextQuarterIn(workspace.period));
  const [quarterLabel, setQuarterLabel] = useState(() =>
    nextQuarterIn(workspace.series?.quarterLabel ?? workspace.period),
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const commitments = workspace.priorities.filter((p) => p.status === 'committed').length;
  const open = workspace.actionItems.filter((a) => a.status !== 'done').length;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (name.trim().length === 0) {
      setError('Give the new quarter a name, for example “Q2 2027 Leadership Offsite”.');
      return;
    }
    setBusy(true);
    const failed = await seriesActions.createNextQuarter({ name, period, quarterLabel });
    setBusy(false);
    if (failed === null) onClose();
    else setError(failed);
  };

  return (
    <Dialog
      title="Next quarter"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="next-quarter" className="button button-primary" disabled={busy}>
            Create and open
          </button>
        </>
      }
    >
      <form id="next-quarter" onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted">
          A new workspace beside this one, in the same series. It carries the participants, the {commitments}{' '}
          committed {commitments === 1 ? 'priority' : 'priorities'} (to grade as last quarter’s commitments),
          the {open} open action {open === 1 ? 'item' : 'items'}, the parking lot’s carried items, the KPI
          rows, the focus and the agreed messages. This quarter stays as it is.
        </p>
        <Field label="Name">
          {(id) => (
            <input id={id} value={name} maxLength={LIMITS.name} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <div className="field-row">
          <Field label="Period">
            {(id) => (
              <input
                id={id}
                value={period}
                maxLength={LIMITS.period}
                onChange={(e) => setPeriod(e.target.value)}
              />
            )}
          </Field>
          <Field label="Quarter label" hint="How the quarter is named in the series">
            {(id, describedBy) => (
              <input
                id={id}
                aria-describedby={describedBy}
                value={quarterLabel}
                maxLength={SERIES_LIMITS.quarterLabel}
                onChange={(e) => setQuarterLabel(e.target.value)}
              />
            )}
          </Field>
        </div>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
