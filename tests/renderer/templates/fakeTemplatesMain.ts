import { buildApi } from '../../../src/shared/ipc/api';
import { CHANNEL_NAMES } from '../../../src/shared/ipc/channels';
import { contract } from '../../../src/shared/ipc/contract';
import { err, ok, type ErrorCode } from '../../../src/shared/ipc/result';
import type { MirrorSnapshot, Template } from '../../../src/shared/domain/templates';
import { installFakeApi } from '../fakeApi';

/**
 * The shared fake main process, plus the two template-mirror channels kept in memory:
 * requests are validated against the real contract, as main's dispatcher does.
 */
export function installTemplatesMain(initial: MirrorSnapshot | null = null) {
  const main = installFakeApi();
  const base = window.api;
  const state = {
    mirror: initial,
    reads: 0,
    writes: [] as Template[][],
    failRead: null as { code: ErrorCode; message: string } | null,
    failWrite: null as { code: ErrorCode; message: string } | null,
  };
  const invoke = async (channel: string, request: unknown): Promise<unknown> => {
    await Promise.resolve();
    if (channel === 'templates:readMirror') {
      state.reads++;
      if (state.failRead) return err(state.failRead.code, state.failRead.message);
      return ok(structuredClone(state.mirror));
    }
    if (channel === 'templates:writeMirror') {
      const parsed = contract['templates:writeMirror'].request.safeParse(request);
      if (!parsed.success) return err('BAD_REQUEST', parsed.error.issues[0]!.message);
      if (state.failWrite) return err(state.failWrite.code, state.failWrite.message);
      state.writes.push(structuredClone(parsed.data.templates));
      state.mirror = { savedAt: new Date().toISOString(), templates: structuredClone(parsed.data.templates) };
      return ok({ savedAt: state.mirror.savedAt });
    }
    const [group, method] = channel.split(':') as [string, string];
    const fn = (base as unknown as Record<string, Record<string, (r: unknown) => Promise<unknown>>>)[group]![
      method
    ]!;
    return fn(request);
  };
  window.api = buildApi(CHANNEL_NAMES, invoke, (listener) => base.onMenuCommand(listener));
  return { main, disk: state };
}
