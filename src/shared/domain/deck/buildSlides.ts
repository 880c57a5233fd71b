import type { Deck, Workspace } from '../workspace';
import { sectionSlides } from './sectionCatalogue';
import type { Slide } from './slideTypes';

/**
 * The deck's slides, computed live from the workspace: each section becomes one slide, or
 * several when its table or text is too long for one ("Scorecard (2/3)"), by its type's
 * builder in the section catalogue. `date` is the day shown on the title slide (YYYY-MM-DD).
 */
export function buildSlides(workspace: Workspace, deck: Deck, options: { date: string }): Slide[] {
  return deck.sections.flatMap((section) => sectionSlides(workspace, section, options));
}
