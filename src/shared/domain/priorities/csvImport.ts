import Papa from 'papaparse';
import { HORIZONS, PRIORITY_STATUSES, type Priority } from '../workspace';
import { draftProblem, type PriorityDraft } from './priorityOps';

export const CSV_FIELDS = [
  'title',
  'description',
  'owner',
  'department',
  'impact',
  'effort',
  'horizon',
  'status',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Column headings people actually use in their sheets, after lower-casing and trimming. */
const HEADER_NAMES: Record<string, CsvField> = {
  title: 'title',
  priority: 'title',
  'priority name': 'title',
  'priority title': 'title',
  name: 'title',
  item: 'title',
  initiative: 'title',
  'initiative name': 'title',
  description: 'description',
  details: 'description',
  owner: 'owner',
  department: 'department',
  dept: 'department',
  impact: 'impact',
  effort: 'effort',
  horizon: 'horizon',
  status: 'status',
};
export const MAX_CSV_ROWS = 1000;

export type CsvColumn = { index: number; heading: string; field: CsvField | null };
export type CsvRow = { row: number; draft: PriorityDraft };
export type CsvSkippedRow = { row: number; reason: string };
export type CsvPreview =
  | {
      ok: true;
      /** False when the first row is already a priority: then the first column is the title. */
      hasHeader: boolean;
      delimiter: 'comma' | 'semicolon' | 'tab';
      /** Every column of the file, and the field it fills (null: not imported). */
      columns: CsvColumn[];
      /** Rows that become priorities, numbered as a spreadsheet numbers them. */
      rows: CsvRow[];
      /** Rows left out, with the reason in a few words. */
      skipped: CsvSkippedRow[];
    }
  | { ok: false; reason: string };

const DELIMITERS = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

/**
 * What a CSV file of priorities would import, for the preview the user confirms. Commas,
 * semicolons (European spreadsheets) and tabs are detected; quotes and a BOM are handled
 * by papaparse. A header row is recognised by its common names; without one the first
 * column is the title. A row that cannot become a priority is skipped with its reason
 * rather than refusing the whole file.
 */
export function previewPrioritiesCsv(text: string): CsvPreview {
  if (looksBinary(text)) {
    return {
      ok: false,
      reason:
        'This is not a CSV file (it holds binary data). In your spreadsheet, save or export the sheet as CSV, then import that file.',
    };
  }
  const source = text.replace(/^\uFEFF/, '');
  // Guess the separator on the first rows without blank lines (a blank line looks like a
  // one-column row and defeats the guess), then read every line to keep row numbers true.
  const guessed = Papa.parse<string[]>(source, {
    preview: 20,
    skipEmptyLines: 'greedy',
    delimitersToGuess: Object.keys(DELIMITERS),
  }).meta.delimiter;
  const parsed = Papa.parse<string[]>(source, { delimiter: guessed || ',' });
  const delimiter = DELIMITERS[parsed.meta.delimiter as keyof typeof DELIMITERS] ?? 'comma';
  // Blank lines are left out but counted, so row numbers match the spreadsheet's.
  const records = parsed.data
    .map((cells, i) => ({ cells, row: i + 1 }))
    .filter(({ cells }) => cells.some((c) => c.trim().length > 0));
  const rows = records.map((r) => r.cells);
  if (rows.length === 0) return { ok: false, reason: 'The file has no rows.' };
  const headings = rows[0]!.map((c) => c.trim());
  const known = headings.map(fieldOfHeading);
  const hasHeader = known.includes('title');
  if (!hasHeader && known.filter((f) => f !== null).length >= 2) {
    return {
      ok: false,
      reason: `No column of titles: the first row names ${headings.filter((_, i) => known[i]).join(', ')}, but none is called Priority, Title, Name or Initiative.`,
    };
  }
  const width = Math.max(...rows.map((r) => r.length));
  const columns: CsvColumn[] = Array.from({ length: width }, (_, index) => ({
    index,
    heading: hasHeader ? (headings[index] ?? '') : `Column ${index + 1}`,
    field: hasHeader ? firstUse(known, index) : index === 0 ? 'title' : null,
  }));
  const body = hasHeader ? records.slice(1) : records;
  if (body.length > MAX_CSV_ROWS) {
    return {
      ok: false,
      reason: `The file has ${body.length} rows; at most ${MAX_CSV_ROWS} priorities can be imported at once. Split it into smaller files.`,
    };
  }
  const preview = {
    ok: true as const,
    hasHeader,
    delimiter,
    columns,
    rows: [] as CsvRow[],
    skipped: [] as CsvSkippedRow[],
  };
  body.forEach(({ cells, row }) => {
    const get = (field: CsvField) => {
      const column = columns.find((c) => c.field === field);
      return column ? (cells[column.index] ?? '').trim() : '';
    };
    const draft = draftFrom(get);
    if (typeof draft === 'string') preview.skipped.push({ row, reason: draft });
    else preview.rows.push({ row, draft });
  });
  return preview;
}

/** "Dept." and " PRIORITY NAME " are the same headings as "dept" and "priority name". */
function fieldOfHeading(heading: string): CsvField | null {
  const key = heading.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ').trim();
  return HEADER_NAMES[key] ?? null;
}

/** Only the first column of a kind is imported; a second "Owner" column is shown as ignored. */
function firstUse(known: ReadonlyArray<CsvField | null>, index: number): CsvField | null {
  const field = known[index] ?? null;
  return field !== null && known.indexOf(field) === index ? field : null;
}

function draftFrom(get: (field: CsvField) => string): PriorityDraft | string {
  const title = get('title');
  if (title.length === 0) return 'no title';
  const draft: PriorityDraft = { title };
  for (const field of ['description', 'owner', 'department'] as const) {
    const value = get(field);
    if (value) draft[field] = value;
  }
  for (const field of ['impact', 'effort'] as const) {
    const value = get(field);
    if (!value) continue;
    const n = Number(value.replace(',', '.'));
    if (!Number.isFinite(n) || n < 0 || n > 10) return `${field} “${value}” is not a number from 0 to 10`;
    draft[field] = n;
  }
  const horizon = get('horizon').toLowerCase();
  if (horizon) {
    if (!(HORIZONS as readonly string[]).includes(horizon))
      return `horizon “${horizon}” is not now, next or later`;
    draft.horizon = horizon as Priority['horizon'];
  }
  const status = get('status').toLowerCase();
  if (status) {
    if (!(PRIORITY_STATUSES as readonly string[]).includes(status))
      return `status “${status}” is not one of ${PRIORITY_STATUSES.join(', ')}`;
    draft.status = status as Priority['status'];
  }
  return draftProblem(draft) ?? draft;
}

/**
 * A spreadsheet's .xlsx, a PDF or an image picked by mistake: NUL bytes, or many bytes
 * that are not text (decoding turns them into U+FFFD), mean it is not a CSV file.
 */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 4096);
  let odd = 0;
  for (const ch of sample) {
    const code = ch.codePointAt(0)!;
    if (ch === '\uFFFD' || (code < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t')) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.05;
}
