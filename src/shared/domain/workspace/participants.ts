import { nextParticipantColour } from './factory';
import type { Participant, Workspace } from './schema';

export type ParticipantDraft = {
  name: string;
  role?: string;
  department?: string;
  isFacilitator?: boolean;
};

/** Adds a participant with the next free colour; the facilitator does not vote by default. */
export function addParticipant(w: Workspace, draft: ParticipantDraft, id: string): Workspace {
  const name = draft.name.trim();
  if (name.length === 0) throw new Error('A participant needs a name.');
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
