import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { NetworkInterfaceInfo } from 'node:os';
import { PLACEHOLDER_PHONE_ASSETS } from '../../../../src/main/services/room';
import {
  RoomLinkService,
  type RoomLinkClock,
  type RoomLinkDeps,
} from '../../../../src/main/services/roomLink';
import type { RoomEventMessage, RoomLink } from '../../../../src/shared/ipc/roomContract';
import { makeServices } from '../../../support/services';
import { Phone, within } from './phoneClient';
import { FakeClock } from './roomFixture';
import { roomWorkspace, writeRoomWorkspace } from './roomWorkspace';

/** The room fixture's hand-moved clock, with the one-shot timer the room link needs. */
export class FakeLinkClock extends FakeClock implements RoomLinkClock {
  after = (ms: number, fn: () => void) => {
    const stop = this.every(ms, () => {
      stop();
      fn();
    });
    return stop;
  };
}

const nic = (address: string, family: 'IPv4' | 'IPv6' = 'IPv4'): NetworkInterfaceInfo =>
  ({
    address,
    family,
    netmask: '255.0.0.0',
    mac: '00:00:00:00:00:00',
    internal: false,
    cidr: null,
  }) as NetworkInterfaceInfo;

/**
 * A laptop with only loopback really bound here, listed with the unspecified address and a
 * VPN adapter beside it (neither of which the link may listen on).
 */
export const LOOPBACK_LAPTOP = {
  lo: [nic('127.0.0.1'), nic('0.0.0.0')],
  utun3: [nic('100.64.0.7')],
};

/** The events sent to the window, with a wait for one of them (time-limited). */
export class WindowEvents {
  readonly seen: RoomEventMessage[] = [];
  private readonly waiters: Array<{
    test: (e: RoomEventMessage) => boolean;
    resolve: (e: RoomEventMessage) => void;
  }> = [];

  push = (event: RoomEventMessage): boolean => {
    this.seen.push(event);
    for (const w of [...this.waiters]) {
      if (w.test(event)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(event);
      }
    }
    return true;
  };

  next<T extends RoomEventMessage['type']>(
    type: T,
    from = 0,
  ): Promise<Extract<RoomEventMessage, { type: T }>> {
    const test = (e: RoomEventMessage) => e.type === type;
    const seen = this.seen.slice(from).find(test);
    const found = seen
      ? Promise.resolve(seen)
      : within(
          new Promise<RoomEventMessage>((resolve) => this.waiters.push({ test, resolve })),
          `a ${type} event`,
        );
    return found as Promise<Extract<RoomEventMessage, { type: T }>>;
  }
}

/** Real workspace services over temp folders, with a four-voter room workspace open in them. */
export async function openRoomWorkspace() {
  const s = await makeServices();
  const dir = join(s.documents, 'Room link offsite');
  await mkdir(dir);
  await writeRoomWorkspace(dir, roomWorkspace(4));
  const { handle } = await s.workspaces.openFolder(dir);
  return { s, dir, handle };
}

/** A room link service over `workspaces`, on the loopback laptop, with a hand-moved clock. */
export function roomLinkOver(workspaces: RoomLinkDeps['workspaces']) {
  const clock = new FakeLinkClock();
  const events = new WindowEvents();
  let ids = 0;
  const room = new RoomLinkService({
    workspaces,
    networkInterfaces: () => LOOPBACK_LAPTOP,
    loadAssets: () => Promise.resolve({ built: true, assets: PLACEHOLDER_PHONE_ASSETS }),
    toWindow: events.push,
    clock,
    newRequestId: () => `request-${++ids}`,
  });
  return { room, clock, events };
}

/** A phone that takes `participantId`'s seat by its seat card and opens its socket. */
export async function seatedPhone(link: RoomLink, participantId: string): Promise<Phone> {
  const seat = link.seats.find((s) => s.participantId === participantId)!;
  const phone = new Phone(link.url);
  const seatToken = new URL(seat.joinUrl).hash.replace('#seat=', '');
  const joined = await phone.join({ seatToken });
  if (!joined.json.ok) throw new Error(`seat refused: ${joined.json.message}`);
  await phone.connect();
  return phone;
}
