import { randomUUID } from 'node:crypto';
import type { Workspace } from '../../shared/domain/workspace';
import type {
  SeatCard,
  RoomCheck,
  RoomEventMessage,
  RoomInterface,
  RoomLink,
  RoomOpenRequest,
} from '../../shared/ipc/roomContract';
import {
  defaultInterface,
  listCandidateInterfaces,
  qrSvg,
  RoomServer,
  systemRoomClock,
  type CandidateInterface,
  type CloseReason,
  type InterfaceTable,
  type PhonePage,
  type RoomClock,
  type RoomEvent,
  type RoomLimits,
} from './room';
import { roomSubjectOf, type RoomSubjectOf } from './room/roomSubject';
import type { RoomSubjectKind } from '../../shared/ipc/roomContract';
import type { PhoneResults } from '../../shared/room/roomProtocol';
import { RoomCheckServer } from './room/roomCheck';
import { LINK_CLOSED, WindowBallotSink, type After } from './roomLinkBallots';
import { ServiceError } from './serviceError';
import type { WorkspaceService } from './workspaceService';

export type RoomLinkClock = RoomClock & { after: After };

/** Wall time, with timers that never keep the app alive on their own. */
export const systemRoomLinkClock: RoomLinkClock = {
  ...systemRoomClock,
  after: (ms, fn) => {
    const timer = setTimeout(fn, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};

export type RoomLinkDeps = {
  workspaces: Pick<WorkspaceService, 'readFromDisk' | 'folderOf'>;
  /** `os.networkInterfaces`, or a table a test describes. */
  networkInterfaces: () => InterfaceTable;
  /** The phone page's files (loadPhoneAssets over the built out/phone). */
  loadAssets: () => Promise<PhonePage>;
  /** Sends a room event to the facilitator's window; false when there is no window to hear it. */
  toWindow: (event: RoomEventMessage) => boolean;
  clock?: RoomLinkClock;
  answerWithinMs?: number;
  newRequestId?: () => string;
  limits?: Partial<RoomLimits>;
};

type OpenLink = {
  server: RoomServer;
  sink: WindowBallotSink;
  handle: string;
  roundId: string;
  kind: RoomSubjectKind;
  department?: { id: string; name: string };
  iface: CandidateInterface;
  qr: string;
  phonePageMissing: string | undefined;
};

/**
 * The app's one room link: at most one room server, for one round of one open workspace
 * (or one alignment checkpoint, or one department's ranking of a translation check),
 * listening on the one network the facilitator chose (never every address at once). It is
 * closed by the facilitator, when its workspace closes, when the app quits, or by itself
 * after a quiet spell. Phones' ballots go to the window (WindowBallotSink), which owns the
 * open document. Opening and closing run one at a time, so two quick clicks cannot leave
 * two servers listening.
 */
export class RoomLinkService {
  private current: OpenLink | null = null;
  private check: RoomCheckServer | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly clock: RoomLinkClock;

  constructor(private readonly deps: RoomLinkDeps) {
    this.clock = deps.clock ?? systemRoomLinkClock;
  }

  interfaces(): RoomInterface[] {
    return listCandidateInterfaces(this.deps.networkInterfaces());
  }

  open(request: RoomOpenRequest): Promise<RoomLink> {
    return this.serially(() => this.openNow(request));
  }

  status(): RoomLink | null {
    return this.current ? describe(this.current) : null;
  }

  /**
   * The printable seat cards of the open link: each person's own QR (their seat token in
   * it), for those who would rather scan their card than pick their name. Only the
   * facilitator's window asks for them; they are never put on the projector.
   */
  async seatCards(): Promise<SeatCard[]> {
    const link = this.current;
    if (!link) throw new ServiceError('NOT_FOUND', 'The room link is not open: open it on a round first.');
    const seats = link.server.info().seats;
    return Promise.all(
      seats.map(async ({ participantId, name, joinUrl }) => ({
        participantId,
        name,
        joinUrl,
        qrSvg: await qrSvg(joinUrl),
      })),
    );
  }

  /** Frees a seat so another phone can claim it; false when no link is open or the seat was free. */
  releaseSeat(participantId: string): boolean {
    return this.current?.server.releaseSeat(participantId) ?? false;
  }

  /** The window's answer to a phone's ballot; false when nobody waits for it any more. */
  answer(result: Parameters<WindowBallotSink['answer']>[0]): boolean {
    return this.current?.sink.answer(result) ?? false;
  }

  /**
   * Starts the room check on a network (closing one already running): a page a phone
   * opens to learn it reaches this laptop; the window hears `phoneReached` for each phone.
   */
  openCheck(interfaceName?: string): Promise<RoomCheck> {
    return this.serially(async () => {
      const iface = this.chooseInterface(interfaceName);
      await this.closeCheckNow();
      let check: RoomCheckServer;
      try {
        check = await RoomCheckServer.start({
          host: iface.address,
          onReached: (address) => this.deps.toWindow({ type: 'phoneReached', address }),
          onIdle: () => {
            if (this.check === check) this.check = null;
            this.deps.toWindow({ type: 'checkClosed' });
          },
        });
      } catch (error) {
        throw new ServiceError(
          'IO',
          `The room check could not start on ${iface.name} (${iface.address}). Choose another network, or try again.`,
          error instanceof Error ? error.message : String(error),
        );
      }
      this.check = check;
      return { interface: iface, url: check.url, qrSvg: await qrSvg(check.url) };
    });
  }

  closeCheck(): Promise<void> {
    return this.serially(() => this.closeCheckNow());
  }

  private async closeCheckNow(): Promise<void> {
    const check = this.check;
    this.check = null;
    await check?.close();
  }

  /** Closes the link; at a reveal the facilitator may send the phones the results. */
  close(reason: CloseReason = 'stopped', results?: PhoneResults): Promise<void> {
    return this.serially(() => this.closeNow(reason, results));
  }

  /**
   * The workspace `handle` is closing: its link closes first. Ballots still waiting for the
   * window are refused at once, as no window will cast them into that document any more.
   */
  workspaceClosing(handle: string): Promise<void> {
    return this.serially(async () => {
      if (this.current?.handle !== handle) return;
      this.current.sink.refuseAll(LINK_CLOSED);
      await this.closeNow('stopped');
    });
  }

  private async openNow(request: RoomOpenRequest): Promise<RoomLink> {
    const { handle, roundId } = request;
    // Also checks that the handle names an open workspace.
    const { name: workspaceName } = this.deps.workspaces.folderOf(handle);
    const workspace: Workspace = request.workspace ?? (await this.deps.workspaces.readFromDisk(handle));
    const kind = request.kind ?? 'round';
    let room: RoomSubjectOf;
    try {
      room = roomSubjectOf(workspace, request);
    } catch (error) {
      throw new ServiceError('INVALID', error instanceof Error ? error.message : String(error));
    }
    const iface = this.chooseInterface(request.interfaceName);
    await this.closeNow('stopped');
    const page = await this.deps.loadAssets();
    const sink = new WindowBallotSink({
      toWindow: this.deps.toWindow,
      after: this.clock.after,
      newRequestId: this.deps.newRequestId ?? randomUUID,
      ...(this.deps.answerWithinMs === undefined ? {} : { answerWithinMs: this.deps.answerWithinMs }),
    });
    let server: RoomServer;
    try {
      server = await RoomServer.start({
        host: iface.address,
        ...room.options,
        sink,
        assets: page.assets,
        clock: this.clock,
        ...(this.deps.limits ? { limits: this.deps.limits } : {}),
        onEvent: (event) => this.onEvent(server, event),
      });
    } catch (error) {
      throw new ServiceError(
        'IO',
        `The room link could not start on ${iface.name} (${iface.address}) for “${workspaceName}”. Choose another network, or try again.`,
        error instanceof Error ? error.message : String(error),
      );
    }
    const qr = await qrSvg(server.info().roomUrl);
    this.current = {
      server,
      sink,
      handle,
      roundId,
      kind,
      ...(room.department ? { department: room.department } : {}),
      iface,
      qr,
      phonePageMissing: page.built ? undefined : page.message,
    };
    return describe(this.current);
  }

  private chooseInterface(name: string | undefined): CandidateInterface {
    const candidates = listCandidateInterfaces(this.deps.networkInterfaces());
    if (name === undefined) return defaultInterface(candidates);
    const chosen = candidates.find((c) => c.name === name);
    if (!chosen) {
      throw new ServiceError(
        'NOT_FOUND',
        `The network “${name}” is not available any more. Choose another one, or reconnect it.`,
      );
    }
    return chosen;
  }

  private async closeNow(reason: CloseReason, results?: PhoneResults): Promise<void> {
    const link = this.current;
    if (!link) return;
    this.current = null;
    await link.server.close(reason, results);
    link.sink.refuseAll(LINK_CLOSED);
  }

  private onEvent(server: RoomServer, event: RoomEvent): void {
    // The link closed by itself (a quiet spell): it is no longer the open one.
    if (event.type === 'closed' && this.current?.server === server) this.current = null;
    this.deps.toWindow(event);
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function describe(link: OpenLink): RoomLink {
  const info = link.server.info();
  return {
    handle: link.handle,
    roundId: link.roundId,
    ...(link.kind === 'round' ? {} : { kind: link.kind }),
    ...(link.department ? { departmentId: link.department.id, departmentName: link.department.name } : {}),
    interface: link.iface,
    url: info.url,
    roomUrl: info.roomUrl,
    code: info.code,
    qrSvg: link.qr,
    ...(link.phonePageMissing === undefined ? {} : { phonePageMissing: link.phonePageMissing }),
    seats: info.seats,
  };
}
