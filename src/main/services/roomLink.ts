import { randomUUID } from 'node:crypto';
import type { Workspace } from '../../shared/domain/workspace';
import type {
  RoomEventMessage,
  RoomInterface,
  RoomLink,
  RoomOpenRequest,
} from '../../shared/ipc/roomContract';
import {
  defaultInterface,
  listCandidateInterfaces,
  qrSvg,
  roomForRound,
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
import type { RoomRound } from './room/roomForRound';
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
  iface: CandidateInterface;
  qr: string;
  phonePageMissing: string | undefined;
};

/**
 * The app's one room link: at most one room server, for one round of one open workspace,
 * listening on the one network the facilitator chose (never every address at once). It is
 * closed by the facilitator, when its workspace closes, when the app quits, or by itself
 * after a quiet spell. Phones' ballots go to the window (WindowBallotSink), which owns the
 * open document. Opening and closing run one at a time, so two quick clicks cannot leave
 * two servers listening.
 */
export class RoomLinkService {
  private current: OpenLink | null = null;
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

  /** Frees a seat so another phone can claim it; false when no link is open or the seat was free. */
  releaseSeat(participantId: string): boolean {
    return this.current?.server.releaseSeat(participantId) ?? false;
  }

  /** The window's answer to a phone's ballot; false when nobody waits for it any more. */
  answer(result: Parameters<WindowBallotSink['answer']>[0]): boolean {
    return this.current?.sink.answer(result) ?? false;
  }

  close(reason: CloseReason = 'stopped'): Promise<void> {
    return this.serially(() => this.closeNow(reason));
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
    let room: RoomRound;
    try {
      room = roomForRound(workspace, roundId);
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
        ...room,
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

  private async closeNow(reason: CloseReason): Promise<void> {
    const link = this.current;
    if (!link) return;
    this.current = null;
    await link.server.close(reason);
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
    interface: link.iface,
    url: info.url,
    roomUrl: info.roomUrl,
    code: info.code,
    qrSvg: link.qr,
    ...(link.phonePageMissing === undefined ? {} : { phonePageMissing: link.phonePageMissing }),
    seats: info.seats,
  };
}
