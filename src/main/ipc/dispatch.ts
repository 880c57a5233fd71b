import { ZodError } from 'zod';
import { describeWorkspaceIssue } from '../../shared/domain/workspace';
import { AUDIENCE_CHANNELS } from '../../shared/ipc/channels';
import { contract, type Channel } from '../../shared/ipc/contract';
import { err, ok, type Result } from '../../shared/ipc/result';
import { ServiceError } from '../services/serviceError';
import type { HandlerMap } from './handlers';

/**
 * Which window asks: the facilitator's (every channel) or the audience window, which
 * may only ask for the stage it shows. Main tells them apart by the window itself, not
 * by anything the page says.
 */
export type SenderRole = 'presenter' | 'audience';

export type Dispatch = (
  channel: string,
  payload: unknown,
  senderUrl: string | undefined,
  role?: SenderRole,
) => Promise<Result<unknown>>;

const AUDIENCE_ALLOWED = new Set<string>(AUDIENCE_CHANNELS);

export type DispatchOptions = {
  /** Is this frame URL the app's own renderer? (app://offsite/, or the dev server in development) */
  isTrustedSender: (url: string | undefined) => boolean;
  /** Where unexpected failures are logged; they reach the renderer only as a generic message. */
  logError?: (channel: string, error: unknown) => void;
  /** A reply as it crosses to the window (large documents go beside it: DocumentOutbox). */
  replyOnWire?: (value: unknown, senderUrl: string | undefined) => unknown;
};

/**
 * The single entry point for every IPC call, used by `ipcMain.handle` in the app and by
 * the browser test harness alike. It never throws: every outcome is a Result.
 */
export function createDispatcher(handlers: HandlerMap, options: DispatchOptions): Dispatch {
  return async (channel, payload, senderUrl, role = 'presenter') => {
    if (!options.isTrustedSender(senderUrl)) {
      return err('FORBIDDEN', 'This request did not come from the Offsite window.');
    }
    if (role === 'audience' && !AUDIENCE_ALLOWED.has(channel)) {
      return err('FORBIDDEN', 'The audience window only shows what the facilitator sends to it.');
    }
    if (!Object.hasOwn(contract, channel)) {
      return err('BAD_REQUEST', `Unknown request "${String(channel).slice(0, 60)}".`);
    }
    const name = channel as Channel;
    const parsed = contract[name].request.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      // A refused workspace is shown to the user: name the priority or person, not the path.
      if (issue && issue.path[0] === 'workspace') {
        const workspace = (payload as { workspace?: unknown }).workspace;
        return err('BAD_REQUEST', describeWorkspaceIssue({ ...issue, path: issue.path.slice(1) }, workspace));
      }
      const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
      return err('BAD_REQUEST', `The request was malformed${where}: ${issue?.message ?? 'invalid'}`);
    }
    try {
      const handler = handlers[name] as (request: unknown) => Promise<unknown>;
      const value: unknown = await handler(parsed.data);
      return ok(options.replyOnWire ? options.replyOnWire(value, senderUrl) : value);
    } catch (error) {
      if (error instanceof ServiceError) return err(error.code, error.message, error.details);
      if (error instanceof ZodError) {
        return err('BAD_REQUEST', `The request was malformed: ${error.issues[0]?.message ?? 'invalid'}`);
      }
      options.logError?.(name, error);
      return err('INTERNAL', 'Something went wrong inside Offsite. Your saved work is untouched; try again.');
    }
  };
}

/** The renderer's origins: the custom protocol in production, the dev server in development. */
export function trustedSenderCheck(origins: readonly string[]): (url: string | undefined) => boolean {
  const allowed = new Set(origins.map(originOf));
  return (url) => url !== undefined && allowed.has(originOf(url));
}

/** `URL.origin` is "null" for custom schemes such as app://, so build it by hand. */
function originOf(url: string): string {
  try {
    const u = new URL(url);
    return u.host === '' ? `${u.protocol}invalid` : `${u.protocol}//${u.host}`;
  } catch {
    return 'invalid:';
  }
}
