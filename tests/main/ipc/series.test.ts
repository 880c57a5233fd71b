import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher, trustedSenderCheck } from '../../../src/main/ipc/dispatch';
import { AUDIENCE_CHANNELS, CHANNEL_NAMES } from '../../../src/shared/ipc/channels';
import { NextQuarterCreated } from '../../../src/shared/ipc/seriesContract';
import { validQbrWorkspace } from '../../support/qbrWorkspace';
import { handlersOver, makeServices, readWorkspaceJson } from '../../support/services';

const APP = 'app://offsite/index.html';
const SERIES_CHANNELS = CHANNEL_NAMES.filter((c) => c.startsWith('series:'));

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The real handlers and dispatcher over one open quarter. */
async function setUp() {
  const s = await makeServices();
  cleanups.push(async () => {
    await s.workspaces.closeAll();
    await s.cleanup();
  });
  const opened = await s.workspaces.create(
    { name: 'Q1 2027 Offsite', kind: 'qbr', period: '2027-Q1', organisation: 'Northwind Traders' },
    s.documents,
  );
  const workspace = validQbrWorkspace({ base: opened.workspace });
  await s.workspaces.save(opened.handle, workspace);
  const dispatch = createDispatcher(handlersOver(s), {
    isTrustedSender: trustedSenderCheck(['app://offsite']),
  });
  return { s, handle: opened.handle, path: opened.path, workspace, dispatch };
}

describe('the series channels', () => {
  it('are three, all refused to the audience window, which could otherwise read or write workspaces', async () => {
    const { dispatch, handle, path } = await setUp();
    expect(SERIES_CHANNELS).toEqual(['series:createNextQuarter', 'series:quarters', 'series:repoint']);
    expect(SERIES_CHANNELS.filter((c) => AUDIENCE_CHANNELS.includes(c))).toEqual([]);
    const requests = {
      'series:createNextQuarter': { handle, name: 'Q2', period: '2027-Q2', quarterLabel: '2027-Q2' },
      'series:quarters': { handle },
      'series:repoint': { handle, folder: path },
    };
    for (const [channel, request] of Object.entries(requests)) {
      expect(await dispatch(channel, request, APP, 'audience')).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
  });

  it('refuse malformed requests before anything is written', async () => {
    const { dispatch, handle, s, workspace } = await setUp();
    expect(
      await dispatch(
        'series:createNextQuarter',
        { handle, name: '   ', period: 'x', quarterLabel: 'x' },
        APP,
      ),
    ).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Give the new quarter a name.'),
    });
    expect(await dispatch('series:quarters', { handle, extra: 1 }, APP)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    });
    expect(await dispatch('series:repoint', { handle, folder: 'relative/folder' }, APP)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: expect.stringContaining('This quarter does not follow another one.'),
    });
    expect((await s.recents.list()).map((r) => r.name)).toEqual([workspace.name]);
  });

  it('create the next quarter, hand back the link for the window, and list both quarters', async () => {
    const { dispatch, handle, path, workspace } = await setUp();
    const made = await dispatch(
      'series:createNextQuarter',
      { handle, name: 'Q2 2027 Offsite', period: '2027-Q2', quarterLabel: '2027-Q2', workspace },
      APP,
    );
    if (!made.ok) throw new Error(made.message);
    const created = NextQuarterCreated.parse(made.value);
    // The open quarter's file is the window's to save: main did not write it.
    expect((await readWorkspaceJson(path)).series).toBeNull();
    const { id, name, period, organisation } = workspace;
    const current = { id, name, period, organisation, series: created.previousSeries };
    expect(await dispatch('series:quarters', { handle, current }, APP)).toMatchObject({
      ok: true,
      value: [
        { missing: false, current: true, name: workspace.name },
        { missing: false, current: false, name: 'Q2 2027 Offsite', folder: created.folder },
      ],
    });
  });
});
