import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../shared/ipc/contract';
import { Dialog } from '../../ui/Dialog';
import { bridge } from '../../bridge';
import { relativeTime } from './labels';
import { useDocument, conflictActions } from '../../document';

export const REASON_LABELS: Record<BackupInfo['reason'], string> = {
  periodic: 'While editing',
  close: 'On close',
  'before-migration': 'Before upgrading the file',
  'before-restore': 'Before a restore',
};

/** The workspace's backups (kept outside its folder), with a way back to any of them. */
export function HistoryDialog() {
  const open = useDocument((s) => s.historyOpen);
  const handle = useDocument((s) => s.current?.handle);
  const readOnly = useDocument((s) => s.current?.readOnly ?? true);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  // The dialog stays mounted while closed: a restore question must not outlive it (after
  // a restore, History opens again on its list).
  const [wasOpen, setWasOpen] = useState(open);
  if (wasOpen !== open) {
    setWasOpen(open);
    setConfirming(null);
  }

  useEffect(() => {
    if (!open || !handle) return;
    let live = true;
    void bridge()
      .workspace.history({ handle })
      .then((r) => {
        if (!live) return;
        if (r.ok) setBackups(r.value);
        else setError(r.message);
      });
    return () => {
      live = false;
    };
  }, [open, handle]);

  if (!open) return null;
  return (
    <Dialog title="History" onClose={conflictActions.closeHistory} width={720}>
      <p className="muted">
        Backups are kept on this computer, outside the workspace folder: one every few minutes while you edit,
        one when you close, the latest of each earlier day, and never fewer than ten.
      </p>
      {error ? <p className="form-error">{error}</p> : null}
      {backups === null && !error ? <p>Loading…</p> : null}
      {backups?.length === 0 ? (
        <p className="empty">No backups yet. The first one is made a moment after your first change.</p>
      ) : null}
      {backups && backups.length > 0 ? (
        <table className="history">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Why</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="sr-only">Restore</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.id} data-testid="backup-row">
                <td>
                  {new Date(b.createdAt).toLocaleString()}{' '}
                  <span className="muted">({relativeTime(b.createdAt)})</span>
                </td>
                <td>{REASON_LABELS[b.reason]}</td>
                <td>{(b.size / 1024).toFixed(1)} kB</td>
                <td className="row-actions">
                  {b.intact ? (
                    <button
                      type="button"
                      className="button button-small"
                      disabled={readOnly}
                      onClick={() => setConfirming(b)}
                    >
                      Restore…
                    </button>
                  ) : (
                    <span className="field-error">Damaged</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-label="Confirm restore">
          <p>
            Restore the version from <strong>{new Date(confirming.createdAt).toLocaleString()}</strong>? What
            is there now is backed up first, so you can come back to it.
          </p>
          <button type="button" className="button" onClick={() => setConfirming(null)}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void conflictActions.restoreBackup(confirming.id, confirming.createdAt)}
          >
            Restore this version
          </button>
        </div>
      ) : null}
    </Dialog>
  );
}
