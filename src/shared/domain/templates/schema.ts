import { z } from 'zod';

/**
 * A QBR template as the app keeps it: app-wide (not inside a workspace), stored in
 * IndexedDB by the renderer and mirrored to a JSON file on disk by main. Every string
 * has a length cap and every object is strict, so an imported or damaged record is
 * refused by validation instead of reaching the UI (docs/quality.md V2).
 * Changing this shape means a new Dexie version with an upgrade (features/templates/db.ts)
 * and a new mirror/export format version where those carry the changed part.
 */
export const TEMPLATE_LIMITS = {
  id: 64,
  name: 120,
  description: 1000,
  sectionTitle: 200,
  prompt: 500,
  promptsPerSection: 30,
  sections: 60,
  /** A timebox: at most a full day. */
  minutes: 24 * 60,
  /** How many of their own templates a user may keep (the mirror file is sized from it). */
  userTemplates: 5000,
} as const;

export const SECTION_TYPES = [
  'title',
  'text',
  'kpi-scorecard',
  'commitments-review',
  'ranking-result',
  'board-snapshot',
  'decisions',
  'action-items',
  'risks-dependencies',
  'priorities-focus',
  'alignment',
  'agenda',
  'agenda-plan',
  'time-spent',
  'parking-lot',
  'trends',
  'team-messages',
  'cascade',
  'appendix',
] as const;
export const SectionType = z.enum(SECTION_TYPES, {
  error: (issue) => notOneOf(issue.input, 'a section type', SECTION_TYPES),
});
export type SectionType = z.infer<typeof SectionType>;

export const TEMPLATE_KINDS = ['qbr', 'annual-review', 'offsite', 'alignment', 'focus', 'other'] as const;
export const TemplateKind = z.enum(TEMPLATE_KINDS, {
  error: (issue) => notOneOf(issue.input, 'a template kind', TEMPLATE_KINDS),
});
export type TemplateKind = z.infer<typeof TemplateKind>;

/** Built-ins ship with the app (read-only, updated by newer app versions); users own the rest. */
export const TEMPLATE_ORIGINS = ['builtin', 'user'] as const;
export const TemplateOrigin = z.enum(TEMPLATE_ORIGINS);
export type TemplateOrigin = z.infer<typeof TemplateOrigin>;

const id = z.string().min(1).max(TEMPLATE_LIMITS.id);

/** "“chart” is not a section type; use one of title, text, …" — a rejected value, shortened. */
function notOneOf(value: unknown, what: string, allowed: readonly string[]): string {
  const list = allowed.join(', ');
  if (value === undefined) return `Missing: give ${what}, one of ${list}.`;
  const shown =
    typeof value === 'string'
      ? `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`
      : value === null
        ? 'Null'
        : Array.isArray(value)
          ? 'A list'
          : typeof value === 'object'
            ? 'An object'
            : `A ${typeof value}`;
  return `${shown} is not ${what}; use one of ${list}.`;
}
const isoDate = z.iso.datetime({ offset: true });

export const TemplateName = z
  .string()
  .max(TEMPLATE_LIMITS.name, `A template name can be at most ${TEMPLATE_LIMITS.name} characters.`)
  .refine((s) => s.trim().length > 0, 'A template needs a name.');

export const Prompt = z
  .string()
  .max(TEMPLATE_LIMITS.prompt, `A prompt can be at most ${TEMPLATE_LIMITS.prompt} characters.`);

export const Section = z.strictObject({
  id,
  type: SectionType,
  /** Empty means "use the type's name" when shown. */
  title: z
    .string()
    .max(
      TEMPLATE_LIMITS.sectionTitle,
      `A section title can be at most ${TEMPLATE_LIMITS.sectionTitle} characters.`,
    ),
  /** Guidance for whoever fills the section in: plain text, never markup. */
  prompts: z
    .array(Prompt)
    .max(
      TEMPLATE_LIMITS.promptsPerSection,
      `A section can have at most ${TEMPLATE_LIMITS.promptsPerSection} prompts.`,
    ),
  /** The section's timebox in an agenda, in minutes; null when it has none. */
  minutes: z
    .number()
    .int('A timebox is a whole number of minutes.')
    .min(1, 'A timebox is at least one minute.')
    .max(TEMPLATE_LIMITS.minutes, 'A timebox can be at most a day (1440 minutes).')
    .nullable(),
});
export type Section = z.infer<typeof Section>;

export const TemplateShape = z.strictObject({
  id,
  origin: TemplateOrigin,
  /** The shipped revision of a built-in (a newer app replaces older ones); null for user templates. */
  builtInVersion: z.number().int().min(1).max(1_000_000).nullable(),
  name: TemplateName,
  kind: TemplateKind,
  description: z
    .string()
    .max(
      TEMPLATE_LIMITS.description,
      `A description can be at most ${TEMPLATE_LIMITS.description} characters.`,
    ),
  sections: z
    .array(Section)
    .max(TEMPLATE_LIMITS.sections, `A template can have at most ${TEMPLATE_LIMITS.sections} sections.`),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const Template = TemplateShape.superRefine((t, ctx) => {
  const seen = new Set<string>();
  for (const s of t.sections) {
    if (seen.has(s.id)) ctx.addIssue({ code: 'custom', message: `Two sections share the id "${s.id}".` });
    seen.add(s.id);
  }
  if ((t.origin === 'builtin') !== (t.builtInVersion !== null)) {
    ctx.addIssue({
      code: 'custom',
      path: ['builtInVersion'],
      message: 'Only built-in templates carry a built-in version.',
    });
  }
});
export type Template = z.infer<typeof Template>;
