import { useEffect, useState } from 'react';

export type PresentPage = 'summary' | 'details';

/**
 * Present mode shows the result on one screen (the order, the headline, what to discuss
 * first) and the details on a second one: D switches between them, → and ← go forward and
 * back, as on a clicker. Keys typed into a field are left alone.
 */
export function usePresentPage(presenting: boolean): [PresentPage, (page: PresentPage) => void] {
  const [page, setPage] = useState<PresentPage>('summary');
  useEffect(() => {
    if (!presenting) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (event.key === 'd' || event.key === 'D') setPage((p) => (p === 'summary' ? 'details' : 'summary'));
      else if (event.key === 'ArrowRight') setPage('details');
      else if (event.key === 'ArrowLeft') setPage('summary');
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [presenting]);
  return [presenting ? page : 'summary', setPage];
}
