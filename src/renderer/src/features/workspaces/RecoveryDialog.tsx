import { Dialog } from '../../ui/Dialog';
import { TechnicalDetails } from '../../ui/TechnicalDetails';
import { REASON_LABELS } from './HistoryDialog';
import { recoveryActions } from './recoveryActions';
import { useWorkspaces } from './store';

/** Opening found a damaged file: it was moved aside (never deleted); offer its backups. */
export function RecoveryDialog() {
  const recovery = useWorkspaces((s) => s.recovery);
  if (!recovery) return null;
  const intact = recovery.options.backups.filter((b) => b.intact);
  return (
    <Dialog
      title="This workspace file is damaged"
      onClose={recoveryActions.dismissRecovery}
      width={680}
      footer={
        <button type="button" className="button" onClick={recoveryActions.dismissRecovery}>
          Close
        </button>
      }
    >
      <p>{recovery.message}</p>
      {recovery.details ? <TechnicalDetails text={recovery.details} /> : null}
      {recovery.options.quarantined.length > 0 ? (
        <p className="muted">
          Kept in <code>{recovery.path}</code>: {recovery.options.quarantined.join(', ')}
        </p>
      ) : null}
      {intact.length === 0 ? (
        <p className="empty">No backup of this workspace was found on this computer.</p>
      ) : (
        <>
          <h3 className="dialog-subtitle">Restore from a backup</h3>
          <ul className="backup-choices">
            {intact.map((b, i) => (
              <li key={b.id}>
                <span>
                  {new Date(b.createdAt).toLocaleString()} · {REASON_LABELS[b.reason]} ·{' '}
                  {(b.size / 1024).toFixed(1)} kB
                  {i === 0 ? <strong> (newest)</strong> : null}
                </span>
                <button
                  type="button"
                  className={i === 0 ? 'button button-primary' : 'button'}
                  onClick={() => void recoveryActions.recover(b.id)}
                >
                  Restore this backup
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
