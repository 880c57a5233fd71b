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
function searchableText(
  d: Decision,
  titles: ReadonlyMap<string, string>,
  actions: ReadonlyMap<string, ActionItem[]>,
): string {
  const cards = d.priorityIds.map((id) => titles.get(id) ?? '');
  const todo = (actions.get(d.id) ?? []).flatMap((a) => [a.text, a.owner]);
  return folded([d.what, d.why, d.alternatives, d.dissent, d.owner, d.date, ...cards, ...todo].join('\n'));
}

/**
 * The entries the log shows for a query. Newest first means by date, and among entries of
 * the same day, the one written later first (the log is append-only in time).
 */
export function queryLog(w: Workspace, query: LogQuery): Decision[] {
  const words = folded(query.text)
    .split(/\s+/)
    .filter((s) => s.length > 0);
  const titles = new Map(w.priorities.map((p) => [p.id, p.title]));
  const actions = actionItemsByDecision(w);
  const shown = w.decisions
    .map((d, index) => ({ d, index }))
    .filter(({ d }) => query.kind === 'all' || d.kind === query.kind)
    .filter(({ d }) => {
      if (words.length === 0) return true;
      const text = searchableText(d, titles, actions);
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

/** Every decision's action items at once (in the order written): one pass for the whole log. */
export function actionItemsByDecision(w: Workspace): Map<string, ActionItem[]> {
  const groups = new Map<string, ActionItem[]>();
  for (const a of w.actionItems) {
    if (a.decisionId === null) continue;
    const group = groups.get(a.decisionId);
    if (group) group.push(a);
    else groups.set(a.decisionId, [a]);
  }
  return groups;
}

/** Action items that belong to no decision (added alone, or left by a removed decision). */
export function unattachedActionItems(w: Workspace): ActionItem[] {
  return w.actionItems.filter((a) => a.decisionId === null);
}

/** Not done and due before `today` (both YYYY-MM-DD, which compare as text). */
export function isOverdue(item: ActionItem, today: string): boolean {
  return item.status !== 'done' && item.due !== '' && item.due < today;
}
