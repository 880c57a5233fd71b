type NoticeBarProps = {
  tone: 'error' | 'info';
  title: string;
  message: string;
  onDismiss: () => void;
};

export function NoticeBar({ tone, title, message, onDismiss }: NoticeBarProps) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div>
        <strong>{title}</strong>
        <p>{message}</p>
      </div>
      <button type="button" className="button button-ghost" onClick={onDismiss} aria-label="Dismiss">
        Dismiss
      </button>
    </div>
  );
}
