import type { PresentPage } from './usePresentPage';

/** Says on screen how to reach the other page of Present mode, and goes there on a click. */
export function PresentPager({
  page,
  onChange,
}: {
  page: PresentPage;
  onChange: (page: PresentPage) => void;
}) {
  const summary = page === 'summary';
  return (
    <nav className="present-pager" aria-label="Result pages">
      <span className="muted">
        {summary
          ? 'Details — where each person put each item, agreement between people, head to head:'
          : 'Back to the order, the alignment and what to discuss first:'}
      </span>
      <button
        type="button"
        className="button"
        aria-keyshortcuts="D"
        onClick={() => onChange(summary ? 'details' : 'summary')}
      >
        {summary ? 'Details (D or →)' : 'Summary (D or ←)'}
      </button>
    </nav>
  );
}
