import { renderBoardSvg } from '../board/boardSvg';
import type { Deck, Workspace } from '../workspace';
import { splitMarkdown } from './markdown';
import { formatDay, partTitle } from './paginate';
import { alignmentSlides, rankingSlides } from './rankingSlides';
import type { Slide } from './slideTypes';
import {
  actionItemSlides,
  commitmentSlides,
  decisionSlides,
  kpiSlides,
  prioritiesSlides,
  riskSlides,
} from './workspaceSlides';

/** The board picture's own size; the slide scales it to fit under the title. */
const BOARD_SIZE = { width: 1200, height: 560 };

/**
 * The deck's slides, computed live from the workspace: each section becomes one slide, or
 * several when its table or text is too long for one ("Scorecard (2/3)").
 * `date` is the day shown on the title slide (YYYY-MM-DD).
 */
export function buildSlides(workspace: Workspace, deck: Deck, options: { date: string }): Slide[] {
  return deck.sections.flatMap((section): Slide[] => {
    switch (section.type) {
      case 'title':
        return [
          {
            kind: 'title',
            id: section.id,
            sectionId: section.id,
            title: section.title.trim() || workspace.name,
            content: {
              organisation: workspace.organisation,
              period: workspace.period,
              date: formatDay(options.date),
              subtitle: section.subtitle,
              markdown: section.markdown,
            },
          },
        ];
      case 'text':
      case 'agenda':
      case 'appendix': {
        const parts = splitMarkdown(section.markdown);
        return parts.map((markdown, i) => ({
          kind: 'text',
          id: i === 0 ? section.id : `${section.id}-${i + 1}`,
          sectionId: section.id,
          title: partTitle(section.title, i, parts.length),
          content: { sectionType: section.type, markdown },
        }));
      }
      case 'ranking-result':
        return rankingSlides(workspace, section);
      case 'alignment':
        return alignmentSlides(workspace, section);
      case 'board-snapshot':
        return [
          {
            kind: 'board',
            id: section.id,
            sectionId: section.id,
            title: section.title,
            content: {
              svg: workspace.priorities.length > 0 ? renderBoardSvg(workspace, BOARD_SIZE) : null,
              message: 'The board has no cards yet.',
              markdown: section.markdown,
            },
          },
        ];
      case 'decisions':
        return decisionSlides(workspace, section);
      case 'action-items':
        return actionItemSlides(workspace, section);
      case 'priorities-focus':
        return prioritiesSlides(workspace, section);
      case 'risks-dependencies':
        return riskSlides(workspace, section);
      case 'kpi-scorecard':
        return kpiSlides(section);
      case 'commitments-review':
        return commitmentSlides(section);
    }
  });
}
