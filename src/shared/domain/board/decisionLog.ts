import {
  DECISION_LIMITS,
  Decision,
  ActionItem,
  type DecisionKind,
  type Priority,
  type Workspace,
} from '../workspace';
import { BoardError } from './boardError';

export type CardStatus = Priority['status'];

/** The statuses that are decisions: each needs a one-line rationale for the log. */
const DECIDING: Partial<Record<CardStatus, DecisionKind>> = {
  committed: 'commit',
  deferred: 'defer',
  dropped: 'drop',
};
const VERB: Record<DecisionKind, string> = {
  commit: 'Commit to',
  defer: 'Defer',
  drop: 'Drop',
  decision: '',
};

export function needsRationale(status: CardStatus): boolean {
  return DECIDING[status] !== undefined;
}

export type StatusDecision = {
  rationale: string;
  /** Today, as YYYY-MM-DD in the facilitator's time zone. */
  date: string;
  owner?: string;
  alternatives?: string;
  dissent?: string;
};

/**
 * Sets a card's status. Committing, deferring or dropping records why, as one entry of
 * the decision log, in the same edit (so one undo takes back both). A card that stops
 * being committed can no longer be the quarter's focus.
 */
export function changeStatus(
  w: Workspace,
  priorityId: string,
  status: CardStatus,
  decision: StatusDecision | null,
  decisionId: string,
): Workspace {
  const card = w.priorities.find((p) => p.id === priorityId);
  if (!card) throw new BoardError('That card no longer exists.');
  if (card.status === status) return w;
  const kind = DECIDING[status];
  const priorities = w.priorities.map((p) => (p.id === priorityId ? { ...p, status } : p));
  const focusPriorityId =
    w.focusPriorityId === priorityId && status !== 'committed' ? null : w.focusPriorityId;
  const next = { ...w, priorities, focusPriorityId };
  if (kind === undefined) return next;
  const rationale = decision?.rationale.trim() ?? '';
  if (rationale.length === 0) throw new BoardError(`Say in one line why: it goes into the decision log.`);
  const entry = checked({
    id: decisionId,
    kind,
    what: `${VERB[kind]} “${card.title}”`,
    why: rationale,
    alternatives: decision?.alternatives?.trim() ?? '',
    dissent: decision?.dissent?.trim() ?? '',
    owner: decision?.owner?.trim() || card.owner,
    date: decision?.date ?? '',
    priorityIds: [priorityId],
  });
  return { ...next, decisions: [...w.decisions, entry] };
}

function checked(d: Decision): Decision {
  const result = Decision.safeParse(d);
  if (!result.success) throw new BoardError(result.error.issues[0]?.message ?? 'That decision is not valid.');
  return result.data;
}

/** The rationale a card carries: the why of the newest decision about its current status. */
export function rationaleOf(w: Workspace, priorityId: string): string | null {
  const card = w.priorities.find((p) => p.id === priorityId);
  const kind = card ? DECIDING[card.status] : undefined;
  if (!kind) return null;
  for (let i = w.decisions.length - 1; i >= 0; i--) {
    const d = w.decisions[i]!;
    if (d.kind === kind && d.priorityIds.includes(priorityId)) return d.why;
  }
  return null;
}

export function addDecision(w: Workspace, decision: Decision): Workspace {
  if (w.decisions.length >= DECISION_LIMITS.decisions) throw new BoardError('The decision log is full.');
  const entry = checked(decision);
  const ids = new Set(w.priorities.map((p) => p.id));
  if (entry.priorityIds.some((id) => !ids.has(id))) throw new BoardError('A linked card no longer exists.');
  return { ...w, decisions: [...w.decisions, entry] };
}

export function updateDecision(w: Workspace, id: string, change: Partial<Omit<Decision, 'id'>>): Workspace {
  const current = w.decisions.find((d) => d.id === id);
  if (!current) throw new BoardError('That decision no longer exists.');
  const entry = checked({ ...current, ...change });
  const ids = new Set(w.priorities.map((p) => p.id));
  if (entry.priorityIds.some((p) => !ids.has(p))) throw new BoardError('A linked card no longer exists.');
  return { ...w, decisions: w.decisions.map((d) => (d.id === id ? entry : d)) };
}

/** Removing a decision keeps its action items, unattached: the work still has to be done. */
export function removeDecision(w: Workspace, id: string): Workspace {
  return {
    ...w,
    decisions: w.decisions.filter((d) => d.id !== id),
    actionItems: w.actionItems.map((a) => (a.decisionId === id ? { ...a, decisionId: null } : a)),
  };
}

export function addActionItem(w: Workspace, item: ActionItem): Workspace {
  if (w.actionItems.length >= DECISION_LIMITS.actionItems)
    throw new BoardError('There are too many action items.');
  const parsed = ActionItem.safeParse(item);
  if (!parsed.success)
    throw new BoardError(parsed.error.issues[0]?.message ?? 'That action item is not valid.');
  if (item.decisionId !== null && !w.decisions.some((d) => d.id === item.decisionId)) {
    throw new BoardError('That decision no longer exists.');
  }
  return { ...w, actionItems: [...w.actionItems, parsed.data] };
}

export function updateActionItem(
  w: Workspace,
  id: string,
  change: Partial<Omit<ActionItem, 'id'>>,
): Workspace {
  const current = w.actionItems.find((a) => a.id === id);
  if (!current) throw new BoardError('That action item no longer exists.');
  const parsed = ActionItem.safeParse({ ...current, ...change });
  if (!parsed.success)
    throw new BoardError(parsed.error.issues[0]?.message ?? 'That action item is not valid.');
  return { ...w, actionItems: w.actionItems.map((a) => (a.id === id ? parsed.data : a)) };
}

export function removeActionItem(w: Workspace, id: string): Workspace {
  return { ...w, actionItems: w.actionItems.filter((a) => a.id !== id) };
}
