import type { RecentEntry } from '../../../../shared/ipc/contract';
import { KIND_LABELS, relativeTime } from './labels';

type RecentWorkspaceCardProps = {
  entry: RecentEntry;
  onOpen: () => void;
  onRename: () => void;
  onDuplicate: () => void;
  onForget: () => void;
  onTrash: () => void;
};

export function RecentWorkspaceCard({
  entry,
  onOpen,
  onRename,
  onDuplicate,
  onForget,
  onTrash,
}: RecentWorkspaceCardProps) {
  const meta = [KIND_LABELS[entry.kind], entry.period, entry.organisation].filter((s) => s.length > 0);
  return (
    <li className={`recent${entry.missing ? ' recent-missing' : ''}`}>
      <button type="button" className="recent-open" onClick={onOpen} disabled={entry.missing}>
        <span className="recent-name">{entry.name}</span>
        <span className="recent-meta">{meta.join(' · ')}</span>
        <span className="recent-when">
          {entry.missing
            ? 'Folder not found — moved or deleted?'
            : `Opened ${relativeTime(entry.lastOpenedAt)}`}
        </span>
        <span className="recent-path" title={entry.path}>
          {entry.path}
        </span>
      </button>
      <div className="recent-actions" aria-label={`Actions for ${entry.name}`}>
        {entry.missing ? null : (
          <>
            <button type="button" className="button button-small" onClick={onRename}>
              Rename
            </button>
            <button type="button" className="button button-small" onClick={onDuplicate}>
              Duplicate
            </button>
          </>
        )}
        <button type="button" className="button button-small" onClick={onForget}>
          Remove from list
        </button>
        {entry.missing ? null : (
          <button type="button" className="button button-small button-danger" onClick={onTrash}>
            Move to trash
          </button>
        )}
      </div>
    </li>
  );
}
