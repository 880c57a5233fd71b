import type { DeckSectionType, Workspace } from '../../../../shared/domain/workspace';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Where a live section's content comes from, and where to change it. */
function source(type: DeckSectionType, w: Workspace): string | null {
  const committed = w.priorities.filter((p) => p.status === 'committed').length;
  const focus = w.priorities.find((p) => p.id === w.focusPriorityId);
  switch (type) {
    case 'ranking-result':
      return 'The consensus order, how aligned the team is and the contested items come from the chosen round (Ranking tab).';
    case 'alignment':
      return 'Who agrees with whom and how far each person is from the consensus come from the chosen round (Ranking tab).';
    case 'board-snapshot':
      return `The trade-off board as it stands now: ${plural(w.priorities.length, 'card')} and ${plural(w.links.length, 'link')}. Change it in the Board tab.`;
    case 'decisions':
      return `The decision log: ${plural(w.decisions.length, 'decision')}. Add or change them in the Decisions tab.`;
    case 'action-items':
      return `The action items: ${plural(w.actionItems.length, 'item')}. Add or change them in the Decisions tab.`;
    case 'priorities-focus':
      return `${plural(committed, 'committed priority', 'committed priorities')}; focus: ${focus ? `“${focus.title}”` : 'not chosen yet'}. Set them in the Priorities and Board tabs.`;
    case 'risks-dependencies':
      return 'The dependencies, conflicts and trade-offs linked in the Board tab, with their stated cost.';
    default:
      return null;
  }
}

/** A short line above a live section's comment, so nobody retypes what the slide already shows. */
export function LiveSourceNote({ type, workspace }: { type: DeckSectionType; workspace: Workspace }) {
  const text = source(type, workspace);
  if (!text) return null;
  return (
    <p className="deck-live-note">
      <span className="deck-live-badge">Live</span> {text}
    </p>
  );
}
