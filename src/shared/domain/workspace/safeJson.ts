/**
 * JSON parsing for files that came from anywhere (e-mail, a synced folder, a USB stick).
 * Before any schema runs we refuse keys that could reach `Object.prototype` and nesting
 * deep enough to blow the stack of a recursive consumer (docs/quality.md V2).
 */
export const MAX_DEPTH = 64;

/** `message` is for people; `detail` keeps the parser's own words for "Details". */
export type SafeJsonFailure = {
  ok: false;
  reason: 'syntax' | 'forbidden-key' | 'too-deep';
  message: string;
  detail: string;
};
export type SafeJsonResult = { ok: true; value: unknown } | SafeJsonFailure;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseJsonSafely(text: string): SafeJsonResult {
  // Checked on the text first: JSON.parse itself recurses, and 100,000 nested brackets
  // overflow its stack and would be reported as "not valid JSON" instead of too deep.
  if (textNestingExceeds(text, MAX_DEPTH)) {
    return tooDeep();
  }
  const found: { key: string | null } = { key: null };
  let value: unknown;
  try {
    // The reviver sees every key, including "__proto__" written literally in the text.
    value = JSON.parse(text, function (this: unknown, key: string, v: unknown) {
      if (found.key === null && FORBIDDEN_KEYS.has(key)) found.key = key;
      return v;
    });
  } catch (error) {
    return {
      ok: false,
      reason: 'syntax',
      message: 'The file is cut off or holds text that is not part of a saved file.',
      detail: `Not valid JSON: ${describe(error)}`,
    };
  }
  if (found.key !== null) {
    return {
      ok: false,
      reason: 'forbidden-key',
      message: 'The file holds a kind of entry no saved file ever has, so it was not read.',
      detail: `Forbidden key "${found.key}"`,
    };
  }
  return { ok: true, value };
}

const tooDeep = (): SafeJsonFailure => ({
  ok: false,
  reason: 'too-deep',
  message: 'The file is built in a way no saved file ever is, so it was not read.',
  detail: `Nested deeper than ${MAX_DEPTH} levels`,
});

/**
 * Bracket depth of JSON text, strings skipped; one pass, no recursion. For text that
 * parses, this is exactly the depth of the parsed value, so no walk of the value is needed.
 */
function textNestingExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
