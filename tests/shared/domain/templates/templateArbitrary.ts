import fc from 'fast-check';
import {
  SECTION_TYPES,
  Template,
  TEMPLATE_KINDS,
  TEMPLATE_LIMITS,
  type Section,
} from '../../../../src/shared/domain/templates';

/** Text as people type it, plus the odd emoji, accent, markup and control character. */
export const text = (maxLength: number) =>
  fc
    .oneof(
      fc.string({ maxLength }),
      fc.string({ unit: 'grapheme', maxLength: Math.floor(maxLength / 4) }),
      fc.constantFrom(
        '<script>window.__pwned = 1</script>',
        '<img src=x onerror=alert(1)>',
        'Ärger & “quotes”',
      ),
    )
    .filter((s) => s.length <= maxLength);

const section: fc.Arbitrary<Section> = fc.record({
  id: fc.uuid(),
  type: fc.constantFrom(...SECTION_TYPES),
  title: text(TEMPLATE_LIMITS.sectionTitle),
  prompts: fc.array(text(TEMPLATE_LIMITS.prompt), { maxLength: 6 }),
  minutes: fc.option(fc.integer({ min: 1, max: TEMPLATE_LIMITS.minutes }), { nil: null }),
});

const iso = fc
  .integer({ min: Date.parse('2020-01-01'), max: Date.parse('2035-01-01') })
  .map((ms) => new Date(ms).toISOString());

/** Valid user templates of every shape the schema allows (up to a dozen sections). */
export const userTemplate: fc.Arbitrary<Template> = fc
  .record({
    id: fc.uuid(),
    origin: fc.constant('user' as const),
    builtInVersion: fc.constant(null),
    name: text(TEMPLATE_LIMITS.name).filter((s) => s.trim().length > 0),
    kind: fc.constantFrom(...TEMPLATE_KINDS),
    description: text(TEMPLATE_LIMITS.description),
    sections: fc.uniqueArray(section, { maxLength: 12, selector: (s) => s.id }),
    createdAt: iso,
    updatedAt: iso,
  })
  .filter((t) => Template.safeParse(t).success);
