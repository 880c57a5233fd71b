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
};

export type Invoke = (channel: string, request: unknown) => Promise<unknown>;
export type Subscribe = (listener: (actionId: string) => void) => () => void;

/**
 * Builds the api object from the channel names. Self-contained on purpose (no closures
 * over module scope): the end-to-end tests serialise this very function into the page,
 * so the browser under test gets exactly the object the preload exposes.
 */
export function buildApi(channels: readonly string[], invoke: Invoke, subscribe: Subscribe): OffsiteApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const name of channels) {
    const [group, method] = name.split(':') as [string, string];
    api[group] ??= {};
    api[group][method] = (request: unknown) => invoke(name, request);
  }
  const withEvents = api as unknown as OffsiteApi;
  withEvents.onMenuCommand = (listener) => subscribe(listener);
  return Object.freeze(withEvents);
}
