import { DomainError } from '../domainError';
import { nextParticipantColour } from './factory';
import { LIMITS, type Participant, type Workspace } from './schema';

export type ParticipantDraft = {
  name: string;
  role?: string;
  department?: string;
  isFacilitator?: boolean;
};

/** Adds a participant with the next free colour; the facilitator does not vote by default. */
export function addParticipant(w: Workspace, draft: ParticipantDraft, id: string): Workspace {
  const name = draft.name.trim();
  if (name.length === 0) throw new DomainError('NAME_MISSING', 'A participant needs a name.');
  const isFacilitator = draft.isFacilitator ?? false;
  const participant: Participant = {
    id,
    name,
    role: (draft.role ?? '').trim(),
    department: (draft.department ?? '').trim(),
    colour: nextParticipantColour(w.participants),
    isFacilitator,
    votes: !isFacilitator,
  };
  return { ...w, participants: [...w.participants, participant] };
}

/**
 * Someone already on the list under this name (any case and spacing), so the screen can
 * point it out before a second "Dana" appears on the voting screen; null if none.
 */
export function participantNamed(w: Workspace, name: string, exceptId?: string): Participant | null {
  const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
  if (key.length === 0) return null;
  return (
    w.participants.find(
      (p) => p.id !== exceptId && p.name.trim().replace(/\s+/g, ' ').toLowerCase() === key,
    ) ?? null
  );
}

/** Why this person cannot be added as typed, worded for the screen; null when they can. */
export function participantDraftProblem(w: Workspace, draft: ParticipantDraft): string | null {
  if (w.participants.length >= LIMITS.participants)
    return `A workspace holds at most ${LIMITS.participants} participants.`;
  const fields = [
    ['name', draft.name],
    ['role', draft.role ?? ''],
    ['department', draft.department ?? ''],
  ] as const;
  if (draft.name.trim().length === 0) return 'The name is empty.';
  for (const [field, value] of fields) {
    const length = value.trim().length;
    if (length > LIMITS.shortText)
      return `The ${field} is ${length} characters; at most ${LIMITS.shortText}.`;
  }
  return null;
}

export function updateParticipant(
  w: Workspace,
  id: string,
  change: Partial<Omit<Participant, 'id'>>,
): Workspace {
  return {
    ...w,
    participants: w.participants.map((p) => {
      if (p.id !== id) return p;
      const next = { ...p, ...change };
      // Becoming the facilitator stops voting unless the facilitator is explicitly asked to.
      if (change.isFacilitator === true && change.votes === undefined) next.votes = false;
      if (change.isFacilitator === false && change.votes === undefined) next.votes = true;
      return next;
    }),
  };
}

export function removeParticipant(w: Workspace, id: string): Workspace {
  return { ...w, participants: w.participants.filter((p) => p.id !== id) };
}

/** Moves a participant by `delta` places (keyboard reordering), clamped to the list. */
export function moveParticipant(w: Workspace, id: string, delta: number): Workspace {
  const from = w.participants.findIndex((p) => p.id === id);
  if (from < 0) return w;
  const to = Math.max(0, Math.min(w.participants.length - 1, from + delta));
  if (to === from) return w;
  const list = [...w.participants];
  const [moved] = list.splice(from, 1);
  list.splice(to, 0, moved!);
  return { ...w, participants: list };
}
