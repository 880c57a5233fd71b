import { create } from 'zustand';
import type { Template, TemplateFilter } from '../../../../shared/domain/templates';

export type TemplatesNotice = { tone: 'error' | 'info'; title: string; message: string };

export type LibraryStatus =
  /** Opening the database, seeding, restoring. */
  | 'starting'
  | 'ready'
  /** No IndexedDB in this window, or a library from a newer app: templates cannot be used. */
  | 'unavailable';

export type TemplatesState = {
  status: LibraryStatus;
  /** Why the library is unavailable, in words for the screen. */
  unavailableReason: string | null;
  screenOpen: boolean;
  selectedId: string | null;
  filter: TemplateFilter;
  notice: TemplatesNotice | null;
  /** The template just deleted, until the user undoes or dismisses it. */
  deleted: Template | null;
  /** The disk copy could not be written: said once, until a later write succeeds. */
  mirrorError: string | null;
};

/**
 * Everything in the library: shared's NO_FILTER, spelled out here because this store is part
 * of the home screen's first load and query.ts, where NO_FILTER lives, brings the built-in
 * templates with it (about 13 kB the home screen never shows).
 */
const NO_FILTER: TemplateFilter = { query: '', kind: 'all', origin: 'all' };

const initial: TemplatesState = {
  status: 'starting',
  unavailableReason: null,
  screenOpen: false,
  selectedId: null,
  filter: NO_FILTER,
  notice: null,
  deleted: null,
  mirrorError: null,
};

export const useTemplates = create<TemplatesState>()(() => initial);
export const setTemplatesState = useTemplates.setState;
export const getTemplatesState = useTemplates.getState;

export function resetTemplatesStore(): void {
  useTemplates.setState(initial, true);
}

export function showNotice(notice: TemplatesNotice): void {
  setTemplatesState({ notice });
}
