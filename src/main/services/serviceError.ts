import type { ErrorCode } from '../../shared/ipc/result';

/** A failure the user can act on; the IPC layer turns it into `{ok:false, code, message}`. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The technical cause, for "Details" only: never part of the sentence the user reads. */
    readonly details?: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

/** Maps an OS error to words a facilitator understands, naming what to do next. */
export function fromFsError(error: unknown, action: string, where: string): ServiceError {
  if (error instanceof ServiceError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ServiceError(
        'NO_SPACE',
        `Could not ${action}: the disk holding ${where} is full. Free some space; your previous version is untouched.`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ServiceError(
        'PERMISSION',
        `Could not ${action}: Offsite is not allowed to write in ${where}. Check the folder's permissions or pick another folder.`,
      );
    case 'ENOENT':
      return new ServiceError('NOT_FOUND', `Could not ${action}: ${where} no longer exists.`);
    case 'EEXIST':
      return new ServiceError('EXISTS', `Could not ${action}: ${where} already exists.`);
    case 'EISDIR':
      return new ServiceError(
        'IO',
        `Could not ${action}: ${where} is a folder where a file was expected.`,
        technical(error),
      );
    case 'ENOTDIR':
      return new ServiceError(
        'IO',
        `Could not ${action}: part of ${where} is a file where a folder was expected.`,
        technical(error),
      );
    case 'ENAMETOOLONG':
      return new ServiceError(
        'IO',
        `Could not ${action}: the path to ${where} is too long for this system. Use a shorter folder name, or a folder nearer the top of the drive.`,
        technical(error),
      );
    case 'ELOOP':
      return new ServiceError(
        'IO',
        `Could not ${action}: ${where} is a link that leads back to itself.`,
        technical(error),
      );
    default:
      return new ServiceError(
        'IO',
        `Could not ${action} because the disk reported an error. Your previous version is untouched; try again, or check the disk.`,
        technical(error),
      );
  }
}

function technical(error: unknown): string {
  const e = error as NodeJS.ErrnoException | undefined;
  return [e?.code, e?.message].filter(Boolean).join(': ') || String(error);
}
