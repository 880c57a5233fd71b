/**
 * `Array.isArray` as a plain boolean. Input arrives typed but may be anything at run time
 * (it crosses the IPC bridge); the type guard form would narrow a typed list to any[].
 */
export const isList = (value: unknown): boolean => Array.isArray(value);
