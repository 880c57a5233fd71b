import { create } from 'zustand';

/** Where a new item will be parked: the block running and the priority in focus when the box opened. */
export type CaptureLink = { blockId: string | null; priorityId: string | null };

/** A choice the close gate waits for; `resolve` answers the caller of `askBeforeClose`. */
export type PendingGate = { resolve: (choice: 'close' | 'stay') => void };

/**
 * What the parking lot shows right now (never saved: the items themselves live in the
 * workspace). One capture box, one confirmation, one lot dialog and one close gate for the
 * whole window, whichever screen is showing.
 */
export type ParkingViewState = {
  capture: CaptureLink | null;
  /** "Parked — 4 in the lot"; `key` restarts its countdown when a second item follows. */
  confirmation: { text: string; key: number } | null;
  lotOpen: boolean;
  gate: PendingGate | null;
};

const initial: ParkingViewState = { capture: null, confirmation: null, lotOpen: false, gate: null };

export const useParkingView = create<ParkingViewState>()(() => initial);
export const setParkingView = useParkingView.setState;
export const getParkingView = useParkingView.getState;
