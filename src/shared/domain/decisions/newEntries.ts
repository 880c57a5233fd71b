import type { ActionItem, Decision } from '../workspace';

/** A decision written by hand in the log (not from a card's status): kind “decision”. */
export function manualDecision(id: string, what: string, date: string): Decision {
  return {
    id,
    kind: 'decision',
    what: what.trim(),
    why: '',
    alternatives: '',
    dissent: '',
    owner: '',
    date,
    priorityIds: [],
  };
}

export type ActionItemDraft = { text: string; owner: string; due: string };

/** A new, open action item, under a decision or on its own. */
export function newActionItem(id: string, draft: ActionItemDraft, decisionId: string | null): ActionItem {
  return {
    id,
    text: draft.text.trim(),
    owner: draft.owner.trim(),
    due: draft.due,
    status: 'open',
    decisionId,
  };
}
