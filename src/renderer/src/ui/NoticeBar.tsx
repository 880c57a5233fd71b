import './noticeBar.css';
import { TechnicalDetails } from './TechnicalDetails';

type NoticeBarProps = {
  tone: 'error' | 'info';
  title: string;
  message: string;
  /** The technical cause, folded away: the sentence above is what a person acts on. */
  details?: string;
  onDismiss: () => void;
};

export function NoticeBar({ tone, title, message, details, onDismiss }: NoticeBarProps) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div>
        <strong>{title}</strong>
        <p>{message}</p>
        {details ? <TechnicalDetails text={details} /> : null}
      </div>
      <button type="button" className="button button-ghost" onClick={onDismiss} aria-label="Dismiss">
        Dismiss
      </button>
    </div>
  );
}
