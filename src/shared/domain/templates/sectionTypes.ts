import { SECTION_CATALOGUE, type SectionTypeSpec } from '../deck/sectionCatalogue';
import { SECTION_TYPES, type SectionType, type TemplateKind } from './schema';

export type SectionTypeInfo = Pick<
  SectionTypeSpec<SectionType>,
  'label' | 'description' | 'defaultTitle' | 'defaultPrompts' | 'defaultMinutes'
>;

const infoOf = (spec: SectionTypeInfo): SectionTypeInfo => ({
  label: spec.label,
  description: spec.description,
  defaultTitle: spec.defaultTitle,
  defaultPrompts: spec.defaultPrompts,
  defaultMinutes: spec.defaultMinutes,
});

/** How templates name and prompt each section type: read from the deck's section catalogue. */
export const SECTION_TYPE_INFO = Object.fromEntries(
  SECTION_TYPES.map((type) => [type, infoOf(SECTION_CATALOGUE[type])]),
) as Record<SectionType, SectionTypeInfo>;

export const TEMPLATE_KIND_LABELS: Record<TemplateKind, string> = {
  qbr: 'QBR',
  'annual-review': 'Annual review',
  offsite: 'Offsite',
  alignment: 'Alignment check',
  focus: 'Quarterly focus',
  other: 'Other',
};

/** The section's title as shown: its own, or its type's name when left empty. */
export function sectionHeading(section: { type: SectionType; title: string }): string {
  const title = section.title.trim();
  return title.length > 0 ? title : SECTION_TYPE_INFO[section.type].label;
}

/** "45 min", "1 h", "5 h 45 min": how a facilitator writes a timebox (the agenda writes it the same way). */
export { formatMinutes } from '../agenda/words';

/** The sum of the sections' timeboxes, or null when none has one. */
export function totalMinutes(sections: ReadonlyArray<{ minutes: number | null }>): number | null {
  const boxed = sections.filter((s) => s.minutes !== null);
  return boxed.length === 0 ? null : boxed.reduce((sum, s) => sum + (s.minutes ?? 0), 0);
}
