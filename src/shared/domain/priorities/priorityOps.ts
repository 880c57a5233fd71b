import type { BallotContent, Priority, Round, Workspace } from '../workspace';

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

/** Adds priorities, skipping blank titles and titles already on the list (case-insensitive). */
export function addPriorities(
  w: Workspace,
  drafts: readonly PriorityDraft[],
  newId: () => string,
): Workspace {
  const seen = new Set(w.priorities.map((p) => p.title.trim().toLowerCase()));
  const added: Priority[] = [];
  for (const d of drafts) {
    const key = d.title.trim().toLowerCase();
    if (key.length === 0 || seen.has(key)) continue;
    seen.add(key);
    added.push(newPriority(d, newId()));
  }
  return added.length === 0 ? w : { ...w, priorities: [...w.priorities, ...added] };
}

/** "One per line", as pasted from a document or a chat. Bullets and numbering are dropped. */
export function titlesFromLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•·]|\d+[.)])\s+/, '').trim())
    .filter((line) => line.length > 0);
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
  };
}

function withoutItem(round: Round, id: string): Round {
  return {
    ...round,
    itemIds: round.itemIds.filter((i) => i !== id),
    ballots: round.ballots.map((b) => ({ ...b, content: contentWithout(b.content, id) })),
  };
}

function contentWithout(content: BallotContent, id: string): BallotContent {
  switch (content.kind) {
    case 'order':
      return {
        kind: 'order',
        tiers: content.tiers.map((t) => t.filter((i) => i !== id)).filter((t) => t.length > 0),
      };
    case 'points':
    case 'dots':
      return { kind: content.kind, allocation: content.allocation.filter((a) => a.itemId !== id) };
    case 'pairwise':
      return { kind: 'pairwise', judgements: content.judgements.filter((j) => j.a !== id && j.b !== id) };
  }
}
