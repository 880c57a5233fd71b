import { buildApi } from '../../../src/shared/ipc/api';
import { CHANNEL_NAMES } from '../../../src/shared/ipc/channels';
import { contract, type RequestOf } from '../../../src/shared/ipc/contract';
import { err, ok, type ErrorCode } from '../../../src/shared/ipc/result';
import { installFakeApi } from '../fakeApi';

/**
 * The shared fake main process plus the three deck channels: the Save dialog answers
 * what the test queues, the export can be held back (to see the window while it runs)
 * or fail, and requests are validated against the real contract as main does.
 */
export function installDeckMain() {
  const main = installFakeApi();
  const base = window.api;
  const state = {
    dialogAnswers: [] as Array<string | null>,
    exports: [] as RequestOf<'deck:exportPdf'>[],
    shown: [] as string[],
    failExport: null as { code: ErrorCode; message: string } | null,
    hold: null as Promise<void> | null,
  };
  const invoke = async (channel: string, request: unknown): Promise<unknown> => {
    await Promise.resolve();
    if (channel === 'deck:chooseExportPath') return ok(state.dialogAnswers.shift() ?? null);
    if (channel === 'deck:exportPdf') {
      const parsed = contract['deck:exportPdf'].request.safeParse(request);
      if (!parsed.success) return err('BAD_REQUEST', parsed.error.issues[0]!.message);
      state.exports.push(structuredClone(parsed.data));
      await state.hold;
      if (state.failExport) return err(state.failExport.code, state.failExport.message);
      return ok({ path: parsed.data.path ?? '/exports/deck.pdf', pages: 11, bytes: 48_000 });
    }
    if (channel === 'deck:showInFolder') {
      state.shown.push((request as { path: string }).path);
      return ok(null);
    }
    const [group, method] = channel.split(':') as [string, string];
    const fn = (base as unknown as Record<string, Record<string, (r: unknown) => Promise<unknown>>>)[group]![
      method
    ]!;
    return fn(request);
  };
  window.api = buildApi(CHANNEL_NAMES, invoke, (listener) => base.onMenuCommand(listener));
  return {
    main,
    deck: state,
    /** The next export waits until the returned function is called. */
    holdExport(): () => void {
      let release!: () => void;
      state.hold = new Promise<void>((resolve) => (release = resolve));
      return () => {
        state.hold = null;
        release();
      };
    },
  };
}
