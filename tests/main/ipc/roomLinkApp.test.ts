import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppCore, type Platform } from '../../../src/main/bootstrap';
import { CLOSE_CODES } from '../../../src/main/services/room';
import { ROOM_EVENT } from '../../../src/shared/ipc/channels';
import { RoomEventMessage, RoomLink } from '../../../src/shared/ipc/roomContract';
import { makeTempDir } from '../../support/tempDir';
import { orderBallot, type Phone } from '../services/room/phoneClient';
import { ITEM_IDS } from '../services/room/roomFixture';
import { LOOPBACK_LAPTOP, seatedPhone, WindowEvents } from '../services/room/roomLinkFixture';
import { roomWorkspace, writeRoomWorkspace } from '../services/room/roomWorkspace';

const APP = 'app://offsite/index.html';
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The app's core as the Electron entry and the browser harness build it, over temp folders. */
async function appWithRoomWorkspace(platform: Partial<Platform> = {}) {
  const temp = await makeTempDir('offsite-roomapp-');
  const dir = join(temp.path, 'Documents', 'Room link offsite');
  await mkdir(dir, { recursive: true });
  await writeRoomWorkspace(dir, roomWorkspace(4));
  const core = createAppCore({
    dataDir: join(temp.path, 'data'),
    documentsDir: join(temp.path, 'Documents'),
    version: '0.0.0-test',
    platform: 'linux',
    trustedOrigins: ['app://offsite'],
    handOverDocuments: false,
    dialogs: {
      chooseParentFolder: () => Promise.resolve(null),
      chooseWorkspaceFolder: () => Promise.resolve(null),
    },
    trash: () => Promise.resolve(),
    networkInterfaces: () => LOOPBACK_LAPTOP,
    ...platform,
  });
  const phones: Phone[] = [];
  cleanups.push(async () => {
    for (const phone of phones) phone.close();
    await core.dispose();
    await temp.cleanup();
  });
  const opened = await core.dispatch('workspace:open', { path: dir }, APP);
  if (!opened.ok) throw new Error(opened.message);
  const { handle } = opened.value as { handle: string };
  const room = await core.dispatch('room:open', { handle, roundId: 'round-new' }, APP);
  if (!room.ok) throw new Error(room.message);
  const link = RoomLink.parse(room.value);
  const phone = async (participantId: string) => {
    const p = await seatedPhone(link, participantId);
    phones.push(p);
    return p;
  };
  return { core, link, phone, temp };
}

describe('the room link in the app core', () => {
  it('sends room events to the presenter window, takes its answer, and closes with the app', async () => {
    const events = new WindowEvents();
    const sent: string[] = [];
    const { core, link, phone } = await appWithRoomWorkspace({
      toPresenter: (event, payload) => {
        sent.push(event);
        return events.push(RoomEventMessage.parse(payload));
      },
    });
    // Loopback is the only address this laptop can listen on: the link opened there.
    expect(link.interface.address).toBe('127.0.0.1');
    const aiko = await phone('p1');
    await events.next('phoneConnected');
    const answer = aiko.submit(orderBallot(ITEM_IDS, 1));
    const ballot = await events.next('ballot');
    await core.dispatch('room:ballotResult', { requestId: ballot.requestId, ok: true }, APP);
    expect(await answer).toMatchObject({ type: 'ack' });
    expect(new Set(sent)).toEqual(new Set([ROOM_EVENT]));

    const closed = aiko.closed();
    await core.dispose(); // app quit
    expect(await closed).toMatchObject({ code: CLOSE_CODES.stopped });
    expect(core.room.status()).toBeNull();
    await expect(fetch(link.url)).rejects.toThrow();
  });

  it('with no presenter window to ask, a ballot is refused at once; without the phone page built, the link says so', async () => {
    const { link, phone } = await appWithRoomWorkspace();
    expect(link.phonePageMissing).toMatch(/phone page/);
    const ben = await phone('p2');
    expect(await ben.submit(orderBallot(ITEM_IDS, 2))).toMatchObject({
      type: 'refused',
      message: expect.stringContaining('Send your ballot again') as string,
    });
  });

  it('names the missing build when the phone page folder it is given is empty', async () => {
    const temp = await makeTempDir('offsite-nophone-');
    cleanups.push(temp.cleanup);
    const { link } = await appWithRoomWorkspace({ phonePageDir: temp.path });
    expect(link.phonePageMissing).toContain('npm run build:phone');
  });
});
