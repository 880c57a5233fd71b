import { useLiveQuery } from 'dexie-react-hooks';
import type { Template } from '../../../../shared/domain/templates';
import { getTemplate, listTemplates } from './repository';
import { storageError } from './storageErrors';

export type Loaded<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

const LOADING = { state: 'loading' } as const;

/** Whether this window has IndexedDB at all (test windows without it get no templates). */
export function libraryAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

/**
 * Live queries that never throw into React: a failed read becomes a state the screen
 * can explain (useLiveQuery would otherwise rethrow it during render).
 */
function useSafeLiveQuery<T>(query: () => Promise<T>, deps: unknown[], action: string): Loaded<T> {
  const result = useLiveQuery(
    () =>
      libraryAvailable()
        ? query().then(
            (value): Loaded<T> => ({ state: 'ready', value }),
            (error: unknown): Loaded<T> => ({
              state: 'failed',
              message: storageError(error, action).message,
            }),
          )
        : Promise.resolve<Loaded<T>>({
            state: 'failed',
            message: 'This window has no storage for templates.',
          }),
    deps,
  );
  return result ?? LOADING;
}

/** Every template, built-ins first, kept current as the library changes. */
export function useLibrary(): Loaded<Template[]> {
  return useSafeLiveQuery(listTemplates, [], 'read your templates');
}

export function useTemplate(id: string | null): Loaded<Template | undefined> {
  return useSafeLiveQuery(
    () => (id === null ? Promise.resolve(undefined) : getTemplate(id)),
    [id],
    'read the template',
  );
}
