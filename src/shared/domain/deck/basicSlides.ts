import { renderBoardSvg } from '../board/boardSvg';
import type { DeckSection, Workspace } from '../workspace';
import { splitMarkdown } from './markdown';
import { formatDay, partTitle } from './paginate';
import type { SectionOf } from './sectionCatalogue';
import type { Slide } from './slideTypes';

/** The slides of sections that show the facilitator's own words or a single picture. */

/** The board picture's own size; the slide scales it to fit under the title. */
const BOARD_SIZE = { width: 1200, height: 560 };

/** The cover: the section's title, or the workspace's name when it has none. */
export function titleSlides(
  workspace: Workspace,
  section: SectionOf<'title'>,
  options: { date: string },
): Slide[] {
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
}

/** Written text, over as many slides as it needs ("Notes (2/3)"). */
export function textSlides(section: SectionOf<'text' | 'agenda' | 'appendix'>): Slide[] {
  const parts = splitMarkdown(section.markdown);
  return parts.map((markdown, i) => ({
    kind: 'text',
    id: i === 0 ? section.id : `${section.id}-${i + 1}`,
    sectionId: section.id,
    title: partTitle(section.title, i, parts.length),
    content: { sectionType: section.type, markdown },
  }));
}

/** The trade-off board, drawn by the same renderBoardSvg as the board's PNG/SVG export. */
export function boardSlides(workspace: Workspace, section: DeckSection): Slide[] {
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
}
