import type { Template } from '../templates/schema';
import type { Deck, DeckSection, DeckSectionType, Workspace } from '../workspace';
import { sectionSpec } from './sectionCatalogue';

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

export { roundName, roundsOfQuestion, newestRevealedOfQuestion, newestRevealedRound } from './rounds';

/** A section of the given type with its type's defaults, filled from the workspace where it can be. */
export function newSection(type: DeckSectionType, workspace: Workspace, id: string): DeckSection {
  const spec = sectionSpec(type);
  return spec.create({ id, workspace, title: spec.defaultTitle, prompts: spec.defaultPrompts });
}

/**
 * A deck from a template's sections in order (title and, for written sections, prompts
 * carried over), or the default QBR order when there is no template. Sections computed
 * from the workspace start with no text: their content is live.
 */
export function createDeck(template: Template | null, workspace: Workspace, newId: () => string): Deck {
  const sections: DeckSection[] = template
    ? template.sections.map((s) => {
        const spec = sectionSpec(s.type);
        return spec.create({
          id: newId(),
          workspace,
          title: s.title.trim() || spec.defaultTitle,
          prompts: s.prompts,
        });
      })
    : DEFAULT_DECK_ORDER.map((type) => newSection(type, workspace, newId()));
  return { templateId: template?.id ?? null, confidential: true, sections };
}
