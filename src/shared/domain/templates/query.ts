import { builtInRank } from './builtIns';
import type { Template, TemplateKind, TemplateOrigin } from './schema';

export type TemplateFilter = {
  query: string;
  kind: TemplateKind | 'all';
  origin: TemplateOrigin | 'all';
};

export const NO_FILTER: TemplateFilter = { query: '', kind: 'all', origin: 'all' };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The library's order: built-ins as shipped, then the user's by name (then oldest first). */
export function sortTemplates<T extends Pick<Template, 'id' | 'origin' | 'name' | 'createdAt'>>(
  list: readonly T[],
): T[] {
  return [...list].sort((a, b) => {
    if (a.origin !== b.origin) return a.origin === 'builtin' ? -1 : 1;
    if (a.origin === 'builtin') return builtInRank(a.id) - builtInRank(b.id);
    return collator.compare(a.name, b.name) || a.createdAt.localeCompare(b.createdAt);
  });
}

/** Lower case without accents, so "revue" finds "Révue". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Every word of the query must appear in the name, description or a section title. */
export function filterTemplates<T extends Template>(list: readonly T[], filter: TemplateFilter): T[] {
  const words = foldForSearch(filter.query).split(/\s+/).filter(Boolean);
  return list.filter((t) => {
    if (filter.kind !== 'all' && t.kind !== filter.kind) return false;
    if (filter.origin !== 'all' && t.origin !== filter.origin) return false;
    if (words.length === 0) return true;
    const haystack = foldForSearch([t.name, t.description, ...t.sections.map((s) => s.title)].join('\n'));
    return words.every((w) => haystack.includes(w));
  });
}
