import { titleKey, type CsvField, type CsvPreview } from '../../../../shared/domain/priorities';

type ReadyPreview = Extract<CsvPreview, { ok: true }>;

const FIELD_LABELS: Record<CsvField, string> = {
  title: 'Title',
  description: 'Description',
  owner: 'Owner',
  department: 'Department',
  impact: 'Impact',
  effort: 'Effort',
  horizon: 'Horizon',
  status: 'Status',
};
const DELIMITER_LABELS: Record<ReadyPreview['delimiter'], string> = {
  comma: 'comma-separated',
  semicolon: 'semicolon-separated',
  tab: 'tab-separated',
};
const SHOWN_FIELDS: CsvField[] = ['title', 'owner', 'department', 'impact', 'effort', 'horizon'];
// The stylesheet is shared app-wide; these few layout rules stay with the one component using them.
const MAPPING_STYLE = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '4px 16px',
  padding: 0,
  listStyle: 'none',
} as const;
const ROWS_STYLE = {
  maxHeight: 240,
  overflow: 'auto',
  border: '1px solid var(--line)',
  borderRadius: 8,
} as const;
const SKIPPED_STYLE = { color: 'var(--ink-faint)' } as const;

/**
 * What a CSV file will import, before anything changes: the columns found and what each
 * fills, the rows to import, and the rows that will be skipped with their reason. Titles
 * already on the list are marked here, so the count on the button is what is added.
 */
export function CsvImportPreview({
  fileName,
  preview,
  existingTitles,
  onConfirm,
  onCancel,
}: {
  fileName: string;
  preview: ReadyPreview;
  existingTitles: readonly string[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const existing = new Set(existingTitles.map(titleKey));
  const seen = new Set<string>();
  const rows = preview.rows.map((r) => {
    const key = titleKey(r.draft.title);
    const duplicate = existing.has(key) || seen.has(key);
    seen.add(key);
    return { ...r, duplicate };
  });
  const inFileOrder = [...rows, ...preview.skipped].sort((a, b) => a.row - b.row);
  const toImport = rows.filter((r) => !r.duplicate).length;
  const skipped = preview.skipped.length + rows.length - toImport;
  const mapped = preview.columns.filter((c) => c.field !== null);
  const ignored = preview.columns.filter((c) => c.field === null);
  return (
    <section className="csv-preview" aria-labelledby="csv-preview-title" style={{ marginTop: 16 }}>
      <h3 id="csv-preview-title">Import “{fileName}”</h3>
      <p className="muted">
        {preview.hasHeader
          ? `A ${DELIMITER_LABELS[preview.delimiter]} file with a header row.`
          : `A ${DELIMITER_LABELS[preview.delimiter]} file without a header row: the first column is the title.`}
      </p>
      <ul className="csv-mapping" aria-label="Columns" style={MAPPING_STYLE}>
        {mapped.map((c) => (
          <li key={c.index}>
            <strong>{c.heading}</strong> → {FIELD_LABELS[c.field!]}
          </li>
        ))}
        {ignored.map((c) => (
          <li key={c.index} className="muted">
            <strong>{c.heading || `Column ${c.index + 1}`}</strong> → not imported
          </li>
        ))}
      </ul>
      <div className="csv-rows" style={ROWS_STYLE}>
        <table className="participants">
          <caption className="sr-only">Rows in the file</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              {SHOWN_FIELDS.map((f) => (
                <th key={f} scope="col">
                  {FIELD_LABELS[f]}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">Note</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {inFileOrder.map((r) =>
              'draft' in r ? (
                <tr key={r.row} style={r.duplicate ? SKIPPED_STYLE : undefined}>
                  <td>{r.row}</td>
                  {SHOWN_FIELDS.map((f) => (
                    <td key={f}>{r.draft[f] ?? ''}</td>
                  ))}
                  <td>{r.duplicate ? 'already in the list — skipped' : ''}</td>
                </tr>
              ) : (
                <tr key={r.row} style={SKIPPED_STYLE}>
                  <td>{r.row}</td>
                  <td colSpan={SHOWN_FIELDS.length}>
                    <span className="sr-only">Skipped: </span>
                    {r.reason}
                  </td>
                  <td>skipped</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      <p>
        {toImport} to import{skipped > 0 ? `, ${skipped} to skip` : ''}.
      </p>
      <div className="add-priorities-buttons">
        <button type="button" className="button button-primary" disabled={toImport === 0} onClick={onConfirm}>
          Import {toImport} {toImport === 1 ? 'priority' : 'priorities'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
