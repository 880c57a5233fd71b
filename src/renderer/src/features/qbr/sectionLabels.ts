import { SECTION_TYPE_INFO } from '../../../../shared/domain/templates';
import type { DeckSection, DeckSectionType } from '../../../../shared/domain/workspace';

/** A deck section type's name, as the templates call it ("KPI scorecard"). */
export const SECTION_KIND_LABEL: Record<DeckSectionType, string> = Object.fromEntries(
  Object.entries(SECTION_TYPE_INFO).map(([type, info]) => [type, info.label]),
) as Record<DeckSectionType, string>;

/** The section's name as shown: its own title, or its type's name when left empty. */
export function sectionLabel(section: Pick<DeckSection, 'title' | 'type'>): string {
  const title = section.title.trim();
  return title.length > 0 ? title : SECTION_KIND_LABEL[section.type];
}
