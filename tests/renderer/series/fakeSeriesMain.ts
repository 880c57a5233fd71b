import { nextQuarter } from '../../../src/shared/domain/series';
import type { Workspace } from '../../../src/shared/domain/workspace';
import { buildApi } from '../../../src/shared/ipc/api';
import { CHANNEL_NAMES } from '../../../src/shared/ipc/channels';
import { contract, type RequestOf, type ResponseOf } from '../../../src/shared/ipc/contract';
import { err, ok, type ErrorCode } from '../../../src/shared/ipc/result';
import { APP_INFO, installFakeApi } from '../fakeApi';

/**
 * The shared fake main process plus the series channels: "Next quarter" makes the new
 * quarter with the real domain and keeps it (it opens and saves like any workspace here),
 * the quarters of a series are what the test says, and a re-point answers what it queues.
 * Requests are checked against the real contract, as main does.
 */
export function installSeriesMain() {
  const main = installFakeApi();
  const base = window.api;
  let ids = 0;
  const made = new Map<string, Workspace>(); // folder -> the new quarter
  const handles = new Map<string, string>(); // handle -> folder, for the new quarters opened
  const state = {
    quarters: [] as ResponseOf<'series:quarters'>,
    repointAnswers: [] as Array<{ code: ErrorCode; message: string } | ResponseOf<'series:repoint'>>,
    requests: [] as Array<{ channel: string; request: unknown }>,
  };
  const invoke = async (channel: string, request: unknown): Promise<unknown> => {
    await Promise.resolve();
    if (channel.startsWith('series:')) {
      const parsed = contract[channel as 'series:quarters'].request.safeParse(request);
      if (!parsed.success) return err('BAD_REQUEST', parsed.error.issues[0]!.message);
      state.requests.push({ channel, request: structuredClone(parsed.data) });
    }
    if (channel === 'series:createNextQuarter') {
      const r = request as RequestOf<'series:createNextQuarter'>;
      const folder = `${APP_INFO.defaultWorkspaceParent}/${r.name.trim()}`;
      const result = nextQuarter(r.workspace!, {
        name: r.name,
        period: r.period,
        quarterLabel: r.quarterLabel,
        now: new Date('2027-03-30T09:00:00Z'),
        newId: () => `made-${++ids}`,
        previousFolder: `${APP_INFO.defaultWorkspaceParent}/${r.workspace!.name}`,
      });
      made.set(folder, result.workspace);
      return ok({ folder, previousSeries: result.previous.series! });
    }
    if (channel === 'series:quarters') return ok(structuredClone(state.quarters));
    if (channel === 'series:repoint') {
      const answer = state.repointAnswers.shift();
      if (!answer) return err('INTERNAL', 'No answer queued.');
      return 'code' in answer ? err(answer.code, answer.message) : ok(answer);
    }
    const folder = (request as { path?: string }).path;
    if (channel === 'workspace:open' && folder && made.has(folder)) {
      const handle = `series-handle-${++ids}`;
      handles.set(handle, folder);
      return ok({ handle, path: folder, workspace: structuredClone(made.get(folder)!), readOnly: false });
    }
    const handle = (request as { handle?: string }).handle;
    if (handle && handles.has(handle)) {
      if (channel === 'workspace:save') {
        made.set(handles.get(handle)!, (request as { workspace: Workspace }).workspace);
        return ok({ savedAt: new Date().toISOString() });
      }
      if (channel === 'workspace:close') return ok(null);
    }
    const [group, method] = channel.split(':') as [string, string];
    const fn = (base as unknown as Record<string, Record<string, (r: unknown) => Promise<unknown>>>)[group]![
      method
    ]!;
    return fn(request);
  };
  window.api = buildApi(CHANNEL_NAMES, invoke, (listener) => base.onMenuCommand(listener));
  return { main, series: state, made };
}
