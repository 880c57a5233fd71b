import type { Deck, Workspace } from '../workspace';
import type { DeckBuildOptions } from './agendaSlides';
import { sectionSlides } from './sectionCatalogue';
import type { Slide } from './slideTypes';

/**
 * The deck's slides, computed live from the workspace: each section becomes one slide, or
 * several when its table or text is too long for one ("Scorecard (2/3)"), by its type's
 * builder in the section catalogue. `date` is the day shown on the title slide (YYYY-MM-DD);
 * `now` (epoch ms) the moment the time spent on the agenda is counted to (the call's moment if left out).
 */
export function buildSlides(workspace: Workspace, deck: Deck, options: DeckBuildOptions): Slide[] {
  return deck.sections.flatMap((section) => sectionSlides(workspace, section, options));
}
