import { emptyAgenda, localTimeZone } from './agendaDefaults';
import { EMPTY_BOARD } from './boardSchema';
import { CURRENT_SCHEMA_VERSION, type NewWorkspaceInput, type Participant, type Workspace } from './schema';

/** Okabe–Ito: distinguishable for the common colour-vision deficiencies, and on a projector. */
export const PARTICIPANT_COLOURS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#f0e442',
  '#000000',
] as const;

export function createWorkspace(input: NewWorkspaceInput, id: string, now: Date): Workspace {
  const at = now.toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    name: input.name.trim(),
    kind: input.kind,
    period: input.period.trim(),
    organisation: input.organisation.trim(),
    createdAt: at,
    updatedAt: at,
    participants: [],
    priorities: [],
    links: [],
    templateId: input.templateId ? input.templateId : null,
    focusPriorityId: null,
    rounds: [],
    board: { ...EMPTY_BOARD, notes: [] },
    decisions: [],
    actionItems: [],
    deck: null,
    speakerNotes: {},
    agenda: emptyAgenda(localTimeZone(), 'day-1'),
    parkingLot: [],
    series: null,
    agreedMessages: [],
    successDefinition: null,
    carriedIn: null,
    cascade: { departments: [], contributions: [] },
    checkpoints: [],
    translationChecks: [],
    statementChecks: [],
    supportChecks: [],
  };
}

export function nextParticipantColour(existing: readonly Participant[]): string {
  const used = new Set(existing.map((p) => p.colour.toLowerCase()));
  return (
    PARTICIPANT_COLOURS.find((c) => !used.has(c)) ??
    PARTICIPANT_COLOURS[existing.length % PARTICIPANT_COLOURS.length]!
  );
}

/** "2027-Q1" for the quarter after `now`: what a facilitator is usually preparing. */
export function suggestPeriod(now: Date): string {
  const quarter = Math.floor(now.getUTCMonth() / 3) + 1;
  const next =
    quarter === 4 ? { y: now.getUTCFullYear() + 1, q: 1 } : { y: now.getUTCFullYear(), q: quarter + 1 };
  return `${next.y}-Q${next.q}`;
}
