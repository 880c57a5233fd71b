import { DomainError } from '../domainError';
import {
  AGENDA_LIMITS,
  type ActionItem,
  type Decision,
  type ParkedItem,
  type ParkedOutcome,
  type Workspace,
} from '../workspace';

/**
 * The parking lot: what the room sets aside to come back to. Parking takes one line of
 * text and links itself to the block running and the priority in focus; triage turns
 * each item into something that lasts (an action item, a decision, a block next time, a
 * long-term issue) or drops it with a reason. Nothing leaves the lot without one of these.
 */
export class ParkingError extends DomainError {
  constructor(message: string) {
    super('parking-lot', message);
  }
}

export type ParkInput = { text: string; blockId?: string | null; priorityId?: string | null };

export function parkItem(w: Workspace, input: ParkInput, id: string, now: Date): Workspace {
  const text = input.text.replace(/\s+/g, ' ').trim();
  if (text.length === 0) throw new ParkingError('Say what to park, in a few words.');
  if (text.length > AGENDA_LIMITS.parkedText) {
    throw new ParkingError(
      `A parked item can be at most ${AGENDA_LIMITS.parkedText} characters (this one has ${text.length}); park the gist.`,
    );
  }
  if (w.parkingLot.length >= AGENDA_LIMITS.parked) {
    throw new ParkingError(`The parking lot holds at most ${AGENDA_LIMITS.parked} items: triage some first.`);
  }
  const blockId = input.blockId === undefined ? w.agenda.run.blockId : input.blockId;
  const item: ParkedItem = {
    id,
    text,
    parkedAt: now.toISOString(),
    blockId: blockId !== null && w.agenda.blocks.some((b) => b.id === blockId) ? blockId : null,
    priorityId:
      input.priorityId && w.priorities.some((p) => p.id === input.priorityId) ? input.priorityId : null,
    outcome: 'open',
    reason: '',
    resultId: null,
    dots: 0,
  };
  return { ...w, parkingLot: [...w.parkingLot, item] };
}

export function editParkedText(w: Workspace, id: string, text: string): Workspace {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed.length === 0) throw new ParkingError('A parked item cannot be empty.');
  if (trimmed.length > AGENDA_LIMITS.parkedText) {
    throw new ParkingError(`A parked item can be at most ${AGENDA_LIMITS.parkedText} characters.`);
  }
  return { ...w, parkingLot: w.parkingLot.map((p) => (p.id === id ? { ...p, text: trimmed } : p)) };
}

export type Triage =
  | { outcome: 'action'; owner: string; due: string }
  | { outcome: 'decision'; why: string }
  | { outcome: 'next-session' }
  | { outcome: 'long-term' }
  | { outcome: 'dropped'; reason: string };

/**
 * Where a parked item goes. An action item or a decision is created in the log (linked
 * back by `resultId`); a drop needs its reason, said in the room and kept.
 */
export function triageItem(
  w: Workspace,
  id: string,
  triage: Triage,
  newId: string,
  today: string,
): Workspace {
  const item = w.parkingLot.find((p) => p.id === id);
  if (!item) return w;
  const update = (change: Partial<ParkedItem>): Workspace['parkingLot'] =>
    w.parkingLot.map((p) => (p.id === id ? { ...p, ...change } : p));
  switch (triage.outcome) {
    case 'action': {
      if (triage.due !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(triage.due)) {
        throw new ParkingError('Due dates are written as YYYY-MM-DD.');
      }
      const action: ActionItem = {
        id: newId,
        text: item.text,
        owner: triage.owner.trim().slice(0, 120),
        due: triage.due,
        status: 'open',
        decisionId: null,
      };
      return {
        ...w,
        actionItems: [...w.actionItems, action],
        parkingLot: update({ outcome: 'action', resultId: newId, reason: '' }),
      };
    }
    case 'decision': {
      const decision: Decision = {
        id: newId,
        kind: 'decision',
        what: item.text,
        why: triage.why.trim(),
        alternatives: '',
        dissent: '',
        owner: '',
        date: today,
        priorityIds: item.priorityId ? [item.priorityId] : [],
      };
      return {
        ...w,
        decisions: [...w.decisions, decision],
        parkingLot: update({ outcome: 'decision', resultId: newId, reason: '' }),
      };
    }
    case 'dropped': {
      const reason = triage.reason.trim();
      if (reason.length === 0) throw new ParkingError('Say why it is dropped: the room will ask later.');
      if (reason.length > AGENDA_LIMITS.reason) {
        throw new ParkingError(`A reason can be at most ${AGENDA_LIMITS.reason} characters.`);
      }
      return { ...w, parkingLot: update({ outcome: 'dropped', reason }) };
    }
    case 'next-session':
    case 'long-term':
      return { ...w, parkingLot: update({ outcome: triage.outcome, reason: '' }) };
  }
}

/** Back to open (what it became in the log stays there: it may already have an owner). */
export function reopenItem(w: Workspace, id: string): Workspace {
  return {
    ...w,
    parkingLot: w.parkingLot.map((p) =>
      p.id === id ? { ...p, outcome: 'open', resultId: null, reason: '' } : p,
    ),
  };
}

export function untriaged(w: Workspace): ParkedItem[] {
  return w.parkingLot.filter((p) => p.outcome === 'open');
}

/** The close gate's "carry them": every open item goes to the next session, untriaged. */
export function carryUntriaged(w: Workspace): Workspace {
  return {
    ...w,
    parkingLot: w.parkingLot.map((p) => (p.outcome === 'open' ? { ...p, outcome: 'carried' as const } : p)),
  };
}

/** The dots each item got in "pick the top 3 to solve now" (others keep theirs at 0). */
export function recordDots(w: Workspace, totals: Readonly<Record<string, number>>): Workspace {
  return {
    ...w,
    parkingLot: w.parkingLot.map((p) => ({ ...p, dots: Math.max(0, Math.round(totals[p.id] ?? 0)) })),
  };
}

/** The top `n` open items by dots (ties by when they were parked): what to solve now. */
export function topByDots(w: Workspace, n = 3): ParkedItem[] {
  return untriaged(w)
    .filter((p) => p.dots > 0)
    .sort((a, b) => b.dots - a.dots || a.parkedAt.localeCompare(b.parkedAt))
    .slice(0, n);
}

export const OUTCOME_LABELS: Record<ParkedOutcome, string> = {
  open: 'Not triaged',
  action: 'Action item',
  decision: 'Decision',
  'next-session': 'Next session',
  'long-term': 'Long-term issue',
  dropped: 'Dropped',
  carried: 'Carried to next session',
};
