import { z } from 'zod';
import { parseJsonSafely } from '../workspace';
import { uniqueName, type NewId } from './operations';
import { Section, TEMPLATE_LIMITS, TemplateKind, TemplateName, type Template } from './schema';

/**
 * The `.json` file a template is exported to and imported from. It carries what a
 * template says, not where it lived: no ids, origin or dates (the importing app assigns
 * its own). Import refuses anything it cannot vouch for and names the first problem.
 */
export const EXPORT_FORMAT = 'offsite.template';
export const EXPORT_VERSION = 1;
/** A real template is a few kilobytes; anything far bigger is not one. */
export const MAX_IMPORT_BYTES = 1_000_000;

const PortableSection = Section.omit({ id: true });
export const PortableTemplate = z.strictObject({
  name: TemplateName,
  kind: TemplateKind,
  description: z.string().max(TEMPLATE_LIMITS.description),
  sections: z
    .array(PortableSection)
    .max(TEMPLATE_LIMITS.sections, `A template can have at most ${TEMPLATE_LIMITS.sections} sections.`),
});
export type PortableTemplate = z.infer<typeof PortableTemplate>;

const ExportFile = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().max(40),
  template: PortableTemplate,
});

export function toPortable(t: Template): PortableTemplate {
  return {
    name: t.name,
    kind: t.kind,
    description: t.description,
    sections: t.sections.map(({ type, title, prompts, minutes }) => ({
      type,
      title,
      prompts: [...prompts],
      minutes,
    })),
  };
}

/** An imported template becomes the user's own: fresh ids, today's dates, a name not already taken. */
export function fromPortable(
  p: PortableTemplate,
  takenNames: readonly string[],
  newId: NewId,
  now: Date,
): Template {
  const at = now.toISOString();
  return {
    id: newId(),
    origin: 'user',
    builtInVersion: null,
    name: uniqueName(p.name, takenNames),
    kind: p.kind,
    description: p.description,
    sections: p.sections.map((s) => ({ ...s, id: newId(), prompts: [...s.prompts] })),
    createdAt: at,
    updatedAt: at,
  };
}

export function exportTemplate(t: Template, now: Date): string {
  const file: z.infer<typeof ExportFile> = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    template: toPortable(t),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "Board prep.offsite-template.json": safe on every file system, never empty. */
export function exportFileName(t: Pick<Template, 'name'>): string {
  const safe = Array.from(t.name, (c) => (isUnsafeInFileName(c) ? ' ' : c))
    .slice(0, 80)
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return `${safe || 'template'}.offsite-template.json`;
}

function isUnsafeInFileName(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || '<>:"/\\|?*'.includes(c);
}

export type ImportOutcome = { ok: true; template: PortableTemplate } | { ok: false; message: string };

const refuse = (reason: string): ImportOutcome => ({
  ok: false,
  message: `This file cannot be imported: ${reason} Nothing was imported.`,
});

export function checkImportSize(bytes: number): ImportOutcome | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const mb = (bytes / 1_000_000).toFixed(1);
  return refuse(`it is ${mb} MB, and a template file is at most 1 MB.`);
}

export function parseTemplateFile(text: string): ImportOutcome {
  const tooBig = checkImportSize(new TextEncoder().encode(text).length);
  if (tooBig) return tooBig;
  const json = parseJsonSafely(text);
  if (!json.ok) return refuse(sentence(json.message));
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse('it does not contain an Offsite template.');
  }
  const record = value as Record<string, unknown>;
  if (record['format'] !== EXPORT_FORMAT) {
    if ('schemaVersion' in record && 'participants' in record) {
      return refuse('it is an Offsite workspace, not a template. Open it from the home screen instead.');
    }
    return refuse('it is not an Offsite template file (it has no "format": "offsite.template").');
  }
  const version = record['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    return refuse(
      `it was exported by a newer version of Offsite (template format ${version}). Update Offsite to import it.`,
    );
  }
  const parsed = ExportFile.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return refuse(`${where(issue.path)}${sentence(issue.message)}`);
  }
  return { ok: true, template: parsed.data.template };
}

/** ["template","sections",2,"prompts",0] → "section 3, prompt 1: " */
function where(path: ReadonlyArray<PropertyKey>): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (key === 'template' && i === 0) continue;
    if ((key === 'sections' || key === 'prompts') && typeof next === 'number') {
      parts.push(`${key === 'sections' ? 'section' : 'prompt'} ${next + 1}`);
      i++;
    } else {
      parts.push(`“${String(key)}”`);
    }
  }
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}

function sentence(message: string): string {
  const trimmed = message.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
