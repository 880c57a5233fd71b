import { errors, type Locator, type Page } from 'playwright-core';

/** How long a bench waits for one thing in a page (an element, a mark, a loaded bundle). */
export const WAIT_MS = 30_000;

/** "250 ms", "30 s": how a time limit is named in a failure message. */
const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);

/** Thrown when something a bench waits for does not happen in time; says what it was. */
export class WaitTimeout extends Error {
  constructor(what: string, ms: number, options?: ErrorOptions) {
    super(`timed out after ${duration(ms)} waiting for ${what}`, options);
    this.name = 'WaitTimeout';
  }
}

/**
 * Playwright's own timeout becomes a WaitTimeout naming `what`; any other failure during
 * the wait (page closed, navigation destroyed the context…) keeps its message, prefixed
 * with what was being awaited.
 */
function explain(cause: unknown, what: string, ms: number): Error {
  if (cause instanceof errors.TimeoutError) return new WaitTimeout(what, ms, { cause });
  const message = cause instanceof Error ? cause.message : String(cause);
  return new Error(`while waiting for ${what}: ${message}`, { cause });
}

/**
 * `work`, or a WaitTimeout naming `what` after `ms`. The work itself is not cancelled
 * (the caller's `finally` closes the page or browser under it); its later rejection is
 * absorbed here so it cannot surface as an unhandled rejection.
 */
export function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new WaitTimeout(what, ms)), ms);
  });
  work.catch(() => undefined);
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * A measurement script evaluated in the page. `page.evaluate` has no time limit of its
 * own, and an in-page loop driven by requestAnimationFrame stops when the page stops
 * painting, so the limit is kept from Node. In-page loops carry their own, shorter,
 * deadline with a more precise message; this one catches a page that stopped running.
 */
export function evaluateWithin<T>(page: Page, script: string, ms: number, what: string): Promise<T> {
  return within(page.evaluate<T>(script), ms, what);
}

/** `page.waitForFunction` with a message that says what was awaited. */
export async function waitForPage(page: Page, condition: string, what: string, ms = WAIT_MS): Promise<void> {
  try {
    await page.waitForFunction(condition, undefined, { timeout: ms });
  } catch (cause) {
    throw explain(cause, what, ms);
  }
}

/**
 * The page's value of `expression` once it is truthy (e.g. a performance mark's time).
 * A page under the app's CSP (no 'unsafe-eval') needs a function: Playwright evals text.
 */
export async function valueInPage<T>(
  page: Page,
  expression: string | (() => unknown),
  what: string,
  ms = WAIT_MS,
): Promise<T> {
  try {
    const handle = await page.waitForFunction(expression, undefined, { timeout: ms });
    return (await handle.jsonValue()) as T;
  } catch (cause) {
    throw explain(cause, what, ms);
  }
}

/** `locator.waitFor()` (visible) with a message that says what was awaited. */
export async function waitVisible(locator: Locator, what: string, ms = WAIT_MS): Promise<void> {
  try {
    await locator.waitFor({ timeout: ms });
  } catch (cause) {
    throw explain(cause, what, ms);
  }
}

/**
 * The in-page branch every requestAnimationFrame wait loop ends with: past `ms` after
 * `startVar` (a performance.now() reading) it rejects with `what`, otherwise it asks for
 * the next frame. Text for a script evaluated in the page.
 */
export function nextFrameOrGiveUp(check: string, startVar: string, ms: number, what: string): string {
  const message = JSON.stringify(`timed out after ${duration(ms)} waiting for ${what}`);
  return `if (performance.now() - ${startVar} > ${ms}) reject(new Error(${message})); else requestAnimationFrame(${check});`;
}
