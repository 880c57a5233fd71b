import {
  DECISION_KINDS,
  type ActionItem,
  type Decision,
  type DecisionKind,
  type Workspace,
} from '../workspace';

export type LogOrder = 'newest' | 'oldest';
export type LogQuery = {
  /** One kind, or every kind. */
  kind: DecisionKind | 'all';
  /** Words the entry must contain, in any field, any case, accents ignored. */
  text: string;
  order: LogOrder;
};

export const EVERY_ENTRY: LogQuery = { kind: 'all', text: '', order: 'newest' };

/** Lower case without accents, so “resume” finds “Résumé” as a person expects. */
function folded(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** Everything a person might search an entry by: its words, its cards, its action items. */
function searchableText(w: Workspace, d: Decision): string {
  const titles = new Map(w.priorities.map((p) => [p.id, p.title]));
  const cards = d.priorityIds.map((id) => titles.get(id) ?? '');
  const actions = w.actionItems.filter((a) => a.decisionId === d.id).flatMap((a) => [a.text, a.owner]);
  return folded([d.what, d.why, d.alternatives, d.dissent, d.owner, d.date, ...cards, ...actions].join('\n'));
}

/**
 * The entries the log shows for a query. Newest first means by date, and among entries of
 * the same day, the one written later first (the log is append-only in time).
 */
export function queryLog(w: Workspace, query: LogQuery): Decision[] {
  const words = folded(query.text)
    .split(/\s+/)
    .filter((s) => s.length > 0);
  const shown = w.decisions
    .map((d, index) => ({ d, index }))
    .filter(({ d }) => query.kind === 'all' || d.kind === query.kind)
    .filter(({ d }) => {
      if (words.length === 0) return true;
      const text = searchableText(w, d);
      return words.every((word) => text.includes(word));
    });
  const sign = query.order === 'newest' ? -1 : 1;
  shown.sort((a, b) => sign * (a.d.date.localeCompare(b.d.date) || a.index - b.index));
  return shown.map(({ d }) => d);
}

/** How many entries of each kind the log holds (all kinds present, zero included). */
export function countByKind(decisions: readonly Decision[]): Record<DecisionKind, number> {
  const counts = Object.fromEntries(DECISION_KINDS.map((k) => [k, 0])) as Record<DecisionKind, number>;
  for (const d of decisions) counts[d.kind]++;
  return counts;
}

/** A decision's action items, in the order they were written. */
export function actionItemsOf(w: Workspace, decisionId: string): ActionItem[] {
  return w.actionItems.filter((a) => a.decisionId === decisionId);
}

/** Action items that belong to no decision (added alone, or left by a removed decision). */
export function unattachedActionItems(w: Workspace): ActionItem[] {
  return w.actionItems.filter((a) => a.decisionId === null);
}

/** Not done and due before `today` (both YYYY-MM-DD, which compare as text). */
export function isOverdue(item: ActionItem, today: string): boolean {
  return item.status !== 'done' && item.due !== '' && item.due < today;
}
