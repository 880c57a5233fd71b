import { create } from 'zustand';
import type { CloseReason, PhoneResults } from '../../../../shared/room/roomProtocol';
import type {
  RoomEventMessage,
  RoomInterface,
  RoomLink,
  RoomSubjectKind,
} from '../../../../shared/ipc/roomContract';
import { bridge } from '../../bridge';
import { useDocument } from '../../document';

/**
 * The room link as the facilitator's window knows it: the networks it could open on, the
 * open link (address, code, QR, seats as main last described them, then kept current by
 * main's events), what the console should say (a refused claim, a locked-out address) and
 * why the last link closed. The ballots themselves go into the document (roomBallots.ts):
 * whether a seat has voted is read from the round, never kept here.
 */
export type RoomNotice = {
  id: number;
  tone: 'warning' | 'info';
  message: string;
  /** A refused claim names the seat the facilitator may release. */
  participantId?: string;
};

export type RoomState = {
  interfaces: RoomInterface[] | null;
  link: RoomLink | null;
  /** The round the link is being opened for, while main starts it. */
  opening: string | null;
  /** Why opening or closing failed, in words. */
  problem: string | null;
  notices: RoomNotice[];
  /** Why the link last closed, for the round it was open on. */
  closed: { roundId: string; reason: CloseReason } | null;
  /** Send the results to the phones at the reveal (off unless the facilitator says so). */
  shareResults: boolean;
};

const initial: RoomState = {
  interfaces: null,
  link: null,
  opening: null,
  problem: null,
  notices: [],
  closed: null,
  shareResults: false,
};

export const useRoom = create<RoomState>()(() => initial);
const set = useRoom.setState;
const get = useRoom.getState;

let noticeId = 0;
/** A busy room could fill the console: only the latest few notices stay. */
const MAX_NOTICES = 4;

function notify(notice: Omit<RoomNotice, 'id'>): void {
  set({ notices: [...get().notices, { ...notice, id: ++noticeId }].slice(-MAX_NOTICES) });
}

function patchSeat(participantId: string, patch: Partial<RoomLink['seats'][number]>): void {
  const link = get().link;
  if (!link) return;
  set({
    link: {
      ...link,
      seats: link.seats.map((s) => (s.participantId === participantId ? { ...s, ...patch } : s)),
    },
  });
}

export const roomActions = {
  loadInterfaces: async (): Promise<void> => {
    const result = await bridge().room.interfaces({});
    if (result.ok) set({ interfaces: result.value });
    else set({ problem: result.message });
  },

  /**
   * Opens the link for a round of the open document (as the window shows it, unsaved edits
   * too); `subject` opens it on a checkpoint (its id as `roundId`) or a department round
   * (the translation check's id as `roundId`, and the department).
   */
  open: async (
    roundId: string,
    interfaceName?: string,
    subject?: { kind: RoomSubjectKind; departmentId?: string },
  ): Promise<void> => {
    const current = useDocument.getState().current;
    if (!current || get().opening) return;
    set({ opening: roundId, problem: null, notices: [], closed: null });
    const result = await bridge().room.open({
      handle: current.handle,
      roundId,
      workspace: current.workspace,
      ...(interfaceName ? { interfaceName } : {}),
      ...(subject && subject.kind !== 'round' ? { kind: subject.kind } : {}),
      ...(subject?.departmentId ? { departmentId: subject.departmentId } : {}),
    });
    if (result.ok) set({ link: result.value, opening: null });
    else set({ opening: null, problem: result.message });
  },

  close: async (reason: 'stopped' | 'revealed' = 'stopped', results?: PhoneResults): Promise<void> => {
    const link = get().link;
    if (!link) return;
    // Forgotten at once: a second document change before main answers must not close twice.
    set({ link: null, closed: { roundId: link.roundId, reason } });
    const result = await bridge().room.close({ reason, ...(results ? { results } : {}) });
    if (!result.ok) set({ problem: result.message });
  },

  releaseSeat: async (participantId: string): Promise<void> => {
    const result = await bridge().room.releaseSeat({ participantId });
    if (!result.ok) return set({ problem: result.message });
    patchSeat(participantId, { claimed: false, connected: false });
    set({ notices: get().notices.filter((n) => n.participantId !== participantId) });
  },

  /** Something the console should say that happened on the link (a reply replaced, say). */
  note: (message: string): void => notify({ tone: 'info', message }),

  setShareResults: (shareResults: boolean): void => set({ shareResults }),
  dismissNotice: (id: number): void => set({ notices: get().notices.filter((n) => n.id !== id) }),
  dismissProblem: (): void => set({ problem: null }),

  /** What main says happened on the link (ballots are handled by roomBallots.ts). */
  applyEvent: (event: RoomEventMessage): void => {
    switch (event.type) {
      case 'seatClaimed':
        return patchSeat(event.participantId, { claimed: true });
      case 'seatReleased':
        return patchSeat(event.participantId, { claimed: false, connected: false });
      case 'phoneConnected':
        return patchSeat(event.participantId, { claimed: true, connected: true });
      case 'phoneDisconnected':
        return patchSeat(event.participantId, { connected: false });
      case 'ballotSaved':
        return patchSeat(event.participantId, { voted: true });
      case 'claimRefused':
        return notify({
          tone: 'warning',
          participantId: event.participantId,
          message: `A second phone (${event.address}) tried to take ${event.name}’s seat and was refused. If ${event.name} changed phones, release the seat and let them scan again.`,
        });
      case 'lockedOut': {
        const minutes = Math.max(1, Math.round((event.untilMs - Date.now()) / 60_000));
        return notify({
          tone: 'warning',
          message: `${event.address} typed too many wrong codes and is locked out for ${minutes} min.`,
        });
      }
      case 'closed': {
        const link = get().link;
        if (!link) return;
        return set({ link: null, closed: { roundId: link.roundId, reason: event.reason } });
      }
      // Phones' ballots go to roomBallots.ts; the room check's events to its dialog.
      case 'ballot':
      case 'answers':
      case 'phoneReached':
      case 'checkClosed':
        return;
    }
  },

  /** The workspace closed: main has closed its link; nothing of it stays on screen. */
  reset: (): void => set({ ...initial, interfaces: get().interfaces, shareResults: false }),
};
