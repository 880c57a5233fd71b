import { err, type Err } from '../../../../shared/ipc/result';

/**
 * IndexedDB and Dexie failures in words a facilitator can act on. Every write runs in
 * one transaction, so whatever failed, nothing was half-saved: the messages say so.
 */
export function storageError(error: unknown, action: string): Err {
  const name = errorName(error);
  switch (name) {
    case 'QuotaExceededError':
      return err(
        'NO_SPACE',
        `Could not ${action}: the disk is too full for Offsite’s template library. Free some space and try again; nothing was changed.`,
      );
    case 'MissingAPIError':
      return err('INTERNAL', `Could not ${action}: this window has no storage for templates.`);
    case 'VersionError':
      return err(
        'TOO_NEW',
        `Could not ${action}: the template library was last used by a newer version of Offsite. Update Offsite to use it; nothing was changed.`,
      );
    default:
      return err('IO', `Could not ${action} (${storageReason(error)}). Nothing was changed; try again.`);
  }
}

/** Dexie wraps the DOMException; the useful name may be on the error or on its `inner`. */
export function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const e = error as { name?: unknown; inner?: unknown };
  const own = typeof e.name === 'string' ? e.name : '';
  if (own === 'QuotaExceededError' || own === 'VersionError' || own === 'MissingAPIError') return own;
  const inner = e.inner ? errorName(e.inner) : '';
  return inner === '' || inner === 'Error' ? own : inner;
}

/** The failure in a few words, for a sentence that explains what happened. */
export function storageReason(error: unknown): string {
  if (error instanceof Error && error.message) return error.message.slice(0, 200);
  return errorName(error) || 'unknown error';
}
