import type { Channel, RequestOf, ResponseOf } from './contract';
import type { Result } from './result';

type GroupOf<C extends string> = C extends `${infer G}:${string}` ? G : never;
type MethodOf<C extends string> = C extends `${string}:${infer M}` ? M : never;

/** `api.workspace.open(req)` for channel `workspace:open`: one function per channel. */
export type OffsiteApi = {
  [G in GroupOf<Channel>]: {
    [C in Channel as GroupOf<C> extends G ? MethodOf<C> : never]: (
      request: RequestOf<C>,
    ) => Promise<Result<ResponseOf<C>>>;
  };
} & {
  /** Menu items and shortcuts handled in main arrive here as action ids. */
  onMenuCommand(listener: (actionId: string) => void): () => void;
  /**
   * Events main sends to a window (channels.ts APP_EVENTS): a new stage for the audience
   * window, the audience window's status for the presenter, Identify displays. The payload
   * is checked by whoever listens: it crossed a process boundary.
   */
  onEvent(event: string, listener: (payload: unknown) => void): () => void;
};

export type Invoke = (channel: string, request: unknown) => Promise<unknown>;
export type Subscribe = (listener: (actionId: string) => void) => () => void;
export type Listen = (event: string, listener: (payload: unknown) => void) => () => void;

/**
 * Builds the api object from the channel names. Self-contained on purpose (no closures
 * over module scope): the end-to-end tests serialise this very function into the page,
 * so the browser under test gets exactly the object the preload exposes.
 */
export function buildApi(
  channels: readonly string[],
  invoke: Invoke,
  subscribe: Subscribe,
  listen?: Listen,
): OffsiteApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const name of channels) {
    const [group, method] = name.split(':') as [string, string];
    api[group] ??= {};
    // A large document comes beside the reply, not in it (main's DocumentOutbox): the
    // reply names a one-time URL of the app's own origin, fetched and parsed here. Main
    // then never encodes nor copies a 49 MB reply, which would freeze it meanwhile.
    // (Only anonymous functions in here: a named one may be wrapped in a helper the
    // page does not have when this function is serialised into it.)
    api[group][method] = (request: unknown) =>
      invoke(name, request).then(async (result: unknown) => {
        const value = (result as { value?: unknown } | null)?.value;
        if (typeof value !== 'object' || value === null) return result;
        const fields = value as Record<string, unknown>;
        for (const key of Object.keys(fields)) {
          const field = fields[key] as { documentUrl?: unknown } | null;
          if (typeof field !== 'object' || field === null || typeof field.documentUrl !== 'string') continue;
          try {
            const response = await fetch(field.documentUrl);
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            fields[key] = await response.json();
          } catch (error) {
            return {
              ok: false,
              code: 'IO',
              message:
                'Offsite read the workspace but could not show it. Nothing was changed; open it again.',
              details: error instanceof Error ? error.message : String(error),
            };
          }
        }
        return result;
      });
  }
  const withEvents = api as unknown as OffsiteApi;
  withEvents.onMenuCommand = (listener) => subscribe(listener);
  withEvents.onEvent = (event, listener) => (listen ? listen(event, listener) : () => undefined);
  return Object.freeze(withEvents);
}
