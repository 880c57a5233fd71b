import Papa from 'papaparse';
import { HORIZONS, LIMITS, PRIORITY_STATUSES, type Priority } from '../workspace';
import type { PriorityDraft } from './priorityOps';

export type CsvImport = { ok: true; drafts: PriorityDraft[] } | { ok: false; row: number; reason: string };

const COLUMNS = [
  'title',
  'description',
  'owner',
  'department',
  'impact',
  'effort',
  'horizon',
  'status',
] as const;
const ALIASES: Record<string, (typeof COLUMNS)[number]> = {
  priority: 'title',
  name: 'title',
  item: 'title',
  dept: 'department',
};
export const MAX_CSV_ROWS = 1000;

/**
 * Priorities from a CSV export (spreadsheets use commas or semicolons; quotes and BOMs
 * are handled by papaparse). With a header row, known columns are read by name; without
 * one, the first column is the title. One bad row rejects the whole file, naming the row
 * and the reason: nothing is half-imported.
 */
export function parsePrioritiesCsv(text: string): CsvImport {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data.filter((r) => r.some((c) => c.trim().length > 0));
  if (rows.length === 0) return { ok: false, row: 1, reason: 'The file has no rows.' };
  const header = rows[0]!.map((c) => c.trim().toLowerCase());
  const columns = header.map((h) =>
    (COLUMNS as readonly string[]).includes(h) ? (h as (typeof COLUMNS)[number]) : ALIASES[h],
  );
  const hasHeader = columns.includes('title');
  const body = hasHeader ? rows.slice(1) : rows;
  if (body.length > MAX_CSV_ROWS)
    return { ok: false, row: MAX_CSV_ROWS + 2, reason: `At most ${MAX_CSV_ROWS} priorities per import.` };
  const drafts: PriorityDraft[] = [];
  for (let i = 0; i < body.length; i++) {
    const rowNumber = i + (hasHeader ? 2 : 1);
    const cells = body[i]!;
    const get = (name: (typeof COLUMNS)[number]) => {
      const index = hasHeader ? columns.indexOf(name) : name === 'title' ? 0 : -1;
      return index >= 0 ? (cells[index] ?? '').trim() : '';
    };
    const result = draftFrom(get);
    if (typeof result === 'string') return { ok: false, row: rowNumber, reason: result };
    drafts.push(result);
  }
  return { ok: true, drafts };
}

function draftFrom(get: (name: (typeof COLUMNS)[number]) => string): PriorityDraft | string {
  const title = get('title');
  if (title.length === 0) return 'The title is empty.';
  if (title.length > LIMITS.name) return `The title is longer than ${LIMITS.name} characters.`;
  const draft: PriorityDraft = { title };
  for (const field of ['description', 'owner', 'department'] as const) {
    const value = get(field);
    const max = field === 'description' ? LIMITS.longText : LIMITS.shortText;
    if (value.length > max) return `The ${field} is longer than ${max} characters.`;
    if (value) draft[field] = value;
  }
  for (const field of ['impact', 'effort'] as const) {
    const value = get(field);
    if (!value) continue;
    const n = Number(value.replace(',', '.'));
    if (!Number.isFinite(n) || n < 0 || n > 10)
      return `${field[0]!.toUpperCase()}${field.slice(1)} must be a number from 0 to 10, not “${value}”.`;
    draft[field] = n;
  }
  const horizon = get('horizon').toLowerCase();
  if (horizon) {
    if (!(HORIZONS as readonly string[]).includes(horizon))
      return `Horizon must be now, next or later, not “${horizon}”.`;
    draft.horizon = horizon as Priority['horizon'];
  }
  const status = get('status').toLowerCase();
  if (status) {
    if (!(PRIORITY_STATUSES as readonly string[]).includes(status)) {
      return `Status must be one of ${PRIORITY_STATUSES.join(', ')}, not “${status}”.`;
    }
    draft.status = status as Priority['status'];
  }
  return draft;
}
