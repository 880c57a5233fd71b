import type { ErrorCode } from '../../shared/ipc/result';

/** A failure the user can act on; the IPC layer turns it into `{ok:false, code, message}`. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
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
    default:
      return new ServiceError(
        'IO',
        `Could not ${action} because of a disk error (${code ?? 'unknown'}). Your previous version is untouched; try again.`,
      );
  }
}
