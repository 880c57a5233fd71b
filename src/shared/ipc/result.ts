/** What crosses the bridge: never an exception, always a value or a reason. */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'FORBIDDEN',
  'NOT_FOUND',
  'NOT_A_WORKSPACE',
  'CORRUPT',
  'INVALID',
  'TOO_NEW',
  'TOO_LARGE',
  'READ_ONLY',
  'PERMISSION',
  'NO_SPACE',
  'IO',
  'CONFLICT',
  'LOCKED',
  'EXISTS',
  'IN_USE',
  'UNKNOWN_HANDLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Ok<T> = { ok: true; value: T };
/** `details`: the technical cause (a parser's or the OS's words), shown only behind "Details". */
export type Err = { ok: false; code: ErrorCode; message: string; details?: string };
export type Result<T> = Ok<T> | Err;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string, details?: string): Err =>
  details === undefined ? { ok: false, code, message } : { ok: false, code, message, details };
