import { SECTION_TYPE_INFO } from '../templates/sectionTypes';
import type { Template } from '../templates/schema';
import type { Deck, DeckSection, DeckSectionType, Workspace } from '../workspace';

/** The order of a QBR when no template is chosen: look back, then decide, then commit. */
export const DEFAULT_DECK_ORDER: readonly DeckSectionType[] = [
  'title',
  'agenda',
  'kpi-scorecard',
  'commitments-review',
  'ranking-result',
  'alignment',
  'board-snapshot',
  'priorities-focus',
  'decisions',
  'action-items',
  'risks-dependencies',
];

const KIND_SUBTITLES: Record<Workspace['kind'], string> = {
  qbr: 'Quarterly business review',
  offsite: 'Leadership offsite',
  'annual-review': 'Annual review',
};

type RoundLike = Workspace['rounds'][number];

/**
 * How a round is named where several share a question: its number among the rounds of
 * that question (oldest first) and its kind — the first, blind vote or a re-vote after
 * discussion. "Round 2 — re-vote".
 */
export function roundName(workspace: Workspace, roundId: string): string {
  const round = workspace.rounds.find((r) => r.id === roundId);
  if (!round) return 'Round';
  const number = roundsOfQuestion(workspace, round.question).indexOf(round) + 1;
  return `Round ${number} — ${round.previousRoundId === null ? 'blind' : 're-vote'}`;
}

/** The rounds that ask `question`, in the order they were opened. */
export function roundsOfQuestion(workspace: Workspace, question: string): RoundLike[] {
  return workspace.rounds.filter((r) => r.question === question);
}

/**
 * The round of `question` a slide should show: the newest revealed one, which is the
 * last re-vote once it is revealed (ballots stay private until then). Rounds revealed at
 * the same moment go by the order they were opened: a re-vote comes after its blind round.
 */
export function newestRevealedOfQuestion(workspace: Workspace, question: string): string | null {
  const revealed = roundsOfQuestion(workspace, question).filter((r) => r.status === 'revealed');
  const newest = revealed.reduce<RoundLike | null>(
    (best, r) => (best === null || (r.revealedAt ?? '') >= (best.revealedAt ?? '') ? r : best),
    null,
  );
  return newest?.id ?? null;
}

/**
 * A new slide's round: the question revealed most recently, and of that question its
 * newest revealed round (the re-vote, not the blind vote before the discussion). Null
 * when nothing is revealed yet.
 */
export function newestRevealedRound(workspace: Workspace): string | null {
  const revealed = workspace.rounds.filter((r) => r.status === 'revealed');
  const newest = revealed.reduce<RoundLike | null>(
    (best, r) => (best === null || (r.revealedAt ?? '') >= (best.revealedAt ?? '') ? r : best),
    null,
  );
  return newest ? newestRevealedOfQuestion(workspace, newest.question) : null;
}

/**
 * Template prompts become the starting text of a section written in full: a bullet per
 * prompt, to be replaced. Not in an appendix, which is often left as it is: its prompt
 * (“nothing here should be needed to follow the deck”) guides the author and must never
 * be printed as if it were content.
 */
function promptsAsMarkdown(type: DeckSectionType, prompts: readonly string[]): string {
  if (type === 'appendix') return '';
  return prompts.map((p) => `- ${p.replace(/\s+/g, ' ').trim()}`).join('\n');
}

/** A section of the given type with sensible defaults, filled from the workspace where it can be. */
export function newSection(type: DeckSectionType, workspace: Workspace, id: string): DeckSection {
  const info = SECTION_TYPE_INFO[type];
  const title = info.defaultTitle;
  switch (type) {
    case 'title':
      return { id, type, title: workspace.name, subtitle: KIND_SUBTITLES[workspace.kind], markdown: '' };
    case 'text':
    case 'agenda':
    case 'appendix':
      return { id, type, title, markdown: promptsAsMarkdown(type, info.defaultPrompts) };
    case 'ranking-result':
    case 'alignment':
      return { id, type, title, markdown: '', roundId: newestRevealedRound(workspace) };
    case 'kpi-scorecard':
    case 'commitments-review':
      return { id, type, title, markdown: '', rows: [] };
    case 'board-snapshot':
    case 'decisions':
    case 'action-items':
    case 'priorities-focus':
    case 'risks-dependencies':
      return { id, type, title, markdown: '' };
  }
}

/**
 * A deck from a template's sections in order (title and, for text sections, prompts
 * carried over), or the default QBR order when there is no template. Sections computed
 * from the workspace start with no text: their content is live.
 */
export function createDeck(template: Template | null, workspace: Workspace, newId: () => string): Deck {
  const sections: DeckSection[] = template
    ? template.sections.map((s) => {
        const section = newSection(s.type, workspace, newId());
        if (section.type === 'title') {
          const custom = s.title.trim() && s.title.trim() !== SECTION_TYPE_INFO.title.defaultTitle;
          return custom ? { ...section, subtitle: s.title.trim() } : section;
        }
        const title = s.title.trim() || section.title;
        const textual = section.type === 'text' || section.type === 'agenda' || section.type === 'appendix';
        return { ...section, title, ...(textual ? { markdown: promptsAsMarkdown(s.type, s.prompts) } : {}) };
      })
    : DEFAULT_DECK_ORDER.map((type) => newSection(type, workspace, newId()));
  return { templateId: template?.id ?? null, confidential: true, sections };
}
