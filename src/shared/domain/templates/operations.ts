import { SECTION_TYPE_INFO } from './sectionTypes';
import { TEMPLATE_LIMITS, type Section, type SectionType, type Template, type TemplateKind } from './schema';

/**
 * Edits to a user template as pure functions: each returns a new template with
 * `updatedAt` moved to `now`, and leaves its input untouched. Whether a template may be
 * edited at all (built-ins may not) is the repository's business.
 */
export type NewId = () => string;

export type TemplateDetails = { name: string; kind: TemplateKind; description: string };

export function createUserTemplate(
  details: Partial<TemplateDetails> & { name: string },
  newId: NewId,
  now: Date,
): Template {
  const at = now.toISOString();
  return {
    id: newId(),
    origin: 'user',
    builtInVersion: null,
    name: clip(details.name.trim(), TEMPLATE_LIMITS.name),
    kind: details.kind ?? 'other',
    description: details.description ?? '',
    sections: [newSection('title', newId)],
    createdAt: at,
    updatedAt: at,
  };
}

/** A user's own copy of any template (a built-in, typically), with fresh ids throughout. */
export function duplicateTemplate(
  source: Template,
  takenNames: readonly string[],
  newId: NewId,
  now: Date,
): Template {
  const at = now.toISOString();
  return {
    ...source,
    id: newId(),
    origin: 'user',
    builtInVersion: null,
    name: copyName(source.name, takenNames),
    sections: source.sections.map((s) => ({ ...s, id: newId(), prompts: [...s.prompts] })),
    createdAt: at,
    updatedAt: at,
  };
}

export function updateDetails(t: Template, change: Partial<TemplateDetails>, now: Date): Template {
  return { ...t, ...change, updatedAt: now.toISOString() };
}

export function newSection(type: SectionType, newId: NewId): Section {
  const info = SECTION_TYPE_INFO[type];
  return {
    id: newId(),
    type,
    title: info.defaultTitle,
    prompts: [...info.defaultPrompts],
    minutes: info.defaultMinutes,
  };
}

/** Adds a section of `type` at `index` (default: the end). */
export function addSection(
  t: Template,
  type: SectionType,
  newId: NewId,
  now: Date,
  index = t.sections.length,
): Template {
  if (t.sections.length >= TEMPLATE_LIMITS.sections) return t;
  const sections = [...t.sections];
  sections.splice(Math.max(0, Math.min(index, sections.length)), 0, newSection(type, newId));
  return { ...t, sections, updatedAt: now.toISOString() };
}

export function removeSection(t: Template, sectionId: string, now: Date): Template {
  const sections = t.sections.filter((s) => s.id !== sectionId);
  return sections.length === t.sections.length ? t : { ...t, sections, updatedAt: now.toISOString() };
}

export type SectionChange = Partial<Pick<Section, 'type' | 'title' | 'prompts' | 'minutes'>>;

export function updateSection(t: Template, sectionId: string, change: SectionChange, now: Date): Template {
  if (!t.sections.some((s) => s.id === sectionId)) return t;
  return {
    ...t,
    sections: t.sections.map((s) => (s.id === sectionId ? { ...s, ...change } : s)),
    updatedAt: now.toISOString(),
  };
}

/** Moves the section at `from` to `to` (both clamped); the others keep their order. */
export function moveSection(t: Template, from: number, to: number, now: Date): Template {
  const last = t.sections.length - 1;
  const a = Math.max(0, Math.min(from, last));
  const b = Math.max(0, Math.min(to, last));
  if (a === b || last < 1) return t;
  const sections = [...t.sections];
  const [moved] = sections.splice(a, 1);
  sections.splice(b, 0, moved!);
  return { ...t, sections, updatedAt: now.toISOString() };
}

/** "Plan (copy)", then "Plan (copy 2)", … never one already taken, never over the name limit. */
export function copyName(name: string, taken: readonly string[]): string {
  return freeName(name, taken, (n) => (n === 1 ? ' (copy)' : ` (copy ${n})`));
}

/** `name` itself when free, otherwise "Name (2)", "Name (3)", … */
export function uniqueName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.trim().toLowerCase()));
  if (!used.has(name.trim().toLowerCase())) return name;
  return freeName(name, taken, (n) => ` (${n + 1})`);
}

function freeName(name: string, taken: readonly string[], suffix: (n: number) => string): string {
  const used = new Set(taken.map((n) => n.trim().toLowerCase()));
  const base = name.trim();
  for (let n = 1; ; n++) {
    const end = suffix(n);
    const candidate = `${clip(base, TEMPLATE_LIMITS.name - end.length)}${end}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Cuts at a code point boundary, so an emoji is never split in half. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  let out = '';
  for (const p of points) {
    if (out.length + p.length > max) break;
    out += p;
  }
  return out.trimEnd();
}

/**
 * Changes a section's type. A title or prompts still at the old type's defaults follow the
 * new type; anything the user wrote stays.
 */
export function retypeSection(t: Template, sectionId: string, type: SectionType, now: Date): Template {
  const section = t.sections.find((s) => s.id === sectionId);
  if (!section || section.type === type) return t;
  const from = SECTION_TYPE_INFO[section.type];
  const to = SECTION_TYPE_INFO[type];
  const untouchedPrompts =
    section.prompts.length === from.defaultPrompts.length &&
    section.prompts.every((p, i) => p === from.defaultPrompts[i]);
  return updateSection(
    t,
    sectionId,
    {
      type,
      ...(section.title === from.defaultTitle ? { title: to.defaultTitle } : {}),
      ...(untouchedPrompts ? { prompts: [...to.defaultPrompts] } : {}),
      ...(section.minutes === from.defaultMinutes ? { minutes: to.defaultMinutes } : {}),
    },
    now,
  );
}
