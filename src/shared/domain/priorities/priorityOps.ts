import { LIMITS, type Priority, type Round, type Workspace } from '../workspace';
import { cascadeWithoutPriority } from '../cascade/cascadeEdits';
import { ballotMethod } from '../rounds/ballotMethods';

export type PriorityDraft = Partial<Omit<Priority, 'id'>> & { title: string };

export function newPriority(draft: PriorityDraft, id: string): Priority {
  return {
    id,
    title: draft.title.trim(),
    description: draft.description ?? '',
    owner: draft.owner ?? '',
    department: draft.department ?? '',
    impact: draft.impact ?? 5,
    effort: draft.effort ?? 5,
    horizon: draft.horizon ?? 'now',
    status: draft.status ?? 'candidate',
    scores: {},
  };
}

/** What happened to a batch of new priorities, so the screen can say it. */
export type PriorityAddition = {
  workspace: Workspace;
  added: Priority[];
  /** Titles already on the list, or twice in the batch: skipped, the first one stays. */
  duplicates: Array<{ index: number; title: string }>;
  /** Drafts that cannot be saved as they are (an over-long title…): not added. */
  refused: Array<{ index: number; title: string; reason: string }>;
  /** Drafts left out because the list is full. */
  overLimit: number;
};

/**
 * Adds priorities, skipping blank titles and titles already on the list (case-insensitive,
 * since two cards with one name would split the votes), and refusing drafts the workspace
 * file could not hold, so an addition can never block the next save.
 */
export function addPrioritiesReporting(
  w: Workspace,
  drafts: readonly PriorityDraft[],
  newId: () => string,
): PriorityAddition {
  const seen = new Set(w.priorities.map((p) => titleKey(p.title)));
  const result: PriorityAddition = { workspace: w, added: [], duplicates: [], refused: [], overLimit: 0 };
  drafts.forEach((d, index) => {
    const key = titleKey(d.title);
    if (key.length === 0) return;
    const reason = draftProblem(d);
    if (reason) return result.refused.push({ index, title: d.title.trim(), reason });
    if (seen.has(key)) return result.duplicates.push({ index, title: d.title.trim() });
    if (w.priorities.length + result.added.length >= LIMITS.priorities) return result.overLimit++;
    seen.add(key);
    result.added.push(newPriority(d, newId()));
  });
  if (result.added.length > 0) result.workspace = { ...w, priorities: [...w.priorities, ...result.added] };
  return result;
}

/** {@link addPrioritiesReporting}, when only the workspace matters. */
export function addPriorities(
  w: Workspace,
  drafts: readonly PriorityDraft[],
  newId: () => string,
): Workspace {
  return addPrioritiesReporting(w, drafts, newId).workspace;
}

/** Titles match whatever their case and surrounding spaces. */
export const titleKey = (title: string): string => title.trim().toLowerCase();

/** Why a priority title cannot be saved as typed, or null; worded for the screen. */
export function titleProblem(title: string): string | null {
  const length = title.trim().length;
  if (length === 0) return 'the title is empty';
  if (length > LIMITS.name) return `the title is ${length} characters; at most ${LIMITS.name}`;
  return null;
}

/** Why a draft cannot become a priority, or null. */
export function draftProblem(d: PriorityDraft): string | null {
  const title = titleProblem(d.title);
  if (title) return title;
  const texts = [
    ['description', LIMITS.longText],
    ['owner', LIMITS.shortText],
    ['department', LIMITS.shortText],
  ] as const;
  for (const [field, max] of texts) {
    const length = d[field]?.length ?? 0;
    if (length > max) return `the ${field} is ${length} characters; at most ${max}`;
  }
  for (const field of ['impact', 'effort'] as const) {
    const n = d[field];
    if (n !== undefined && !(n >= 0 && n <= 10)) return `the ${field} is ${n}; it must be from 0 to 10`;
  }
  return null;
}

/** "One per line", as pasted from a document or a chat. Bullets and numbering are dropped. */
export function titlesFromLines(text: string): string[] {
  return numberedLines(text).map((l) => l.title);
}

/** {@link titlesFromLines} with each title's line number, so a refusal can name the line. */
export function numberedLines(text: string): Array<{ line: number; title: string }> {
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ line: i + 1, title: raw.replace(/^\s*(?:[-*•·]|\d+[.)])\s+/, '').trim() }))
    .filter((l) => l.title.length > 0);
}

/** “Launch EU”, “Hire CFO” and 3 more: titles for a sentence, never a wall of text. */
export function quotedTitles(titles: readonly string[], max = 3): string {
  const shown = titles.slice(0, max).map((t) => `“${clipTitle(t)}”`);
  const more = titles.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)!}` : (shown[0] ?? '');
}

export function updatePriority(w: Workspace, id: string, change: Partial<Omit<Priority, 'id'>>): Workspace {
  return { ...w, priorities: w.priorities.map((p) => (p.id === id ? { ...p, ...change } : p)) };
}

/** Rounds and ballots that mention a priority: what the facilitator is asked about before a delete. */
export function ballotsMentioning(w: Workspace, id: string): number {
  return w.rounds.filter((r) => r.itemIds.includes(id)).reduce((n, r) => n + r.ballots.length, 0);
}

/** Removes a priority everywhere: board links, rounds, ballots, the focus. Results recompute. */
export function removePriority(w: Workspace, id: string): Workspace {
  return {
    ...w,
    priorities: w.priorities.filter((p) => p.id !== id),
    links: w.links.filter((l) => l.from !== id && l.to !== id),
    focusPriorityId: w.focusPriorityId === id ? null : w.focusPriorityId,
    // The decision stays in the log (it happened); it just no longer points at the card.
    decisions: w.decisions.map((d) =>
      d.priorityIds.includes(id) ? { ...d, priorityIds: d.priorityIds.filter((p) => p !== id) } : d,
    ),
    rounds: w.rounds.map((r) => (r.itemIds.includes(id) ? withoutItem(r, id) : r)),
    // Agenda blocks and parked items stay; they are just no longer about the card.
    agenda: {
      ...w.agenda,
      blocks: w.agenda.blocks.map((b) =>
        b.priorityIds.includes(id) ? { ...b, priorityIds: b.priorityIds.filter((p) => p !== id) } : b,
      ),
    },
    parkingLot: w.parkingLot.map((p) => (p.priorityId === id ? { ...p, priorityId: null } : p)),
    // What success would mean was agreed about this card: without it the definition means nothing.
    successDefinition: w.successDefinition?.priorityId === id ? null : w.successDefinition,
    // Department objectives stay; they no longer serve the deleted card (an orphan flag may follow).
    cascade: cascadeWithoutPriority(w.cascade, id),
  };
}

function withoutItem(round: Round, id: string): Round {
  return {
    ...round,
    itemIds: round.itemIds.filter((i) => i !== id),
    ballots: round.ballots.map((b) => ({
      ...b,
      content: ballotMethod(b.content.kind).withoutItem(b.content, id),
    })),
  };
}

/** A long title cut to fit a sentence, on a word boundary where one is near. */
function clipTitle(title: string, max = 40): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
