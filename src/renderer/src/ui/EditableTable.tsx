import type { ReactNode } from 'react';

type EditableTableProps<Row extends { id: string }> = {
  /** The table's accessible name ("KPIs"). */
  label: string;
  className: string;
  /** Column headers, before the last (remove) column, which every row gets. */
  columns: readonly string[];
  rows: readonly Row[];
  readOnly: boolean;
  /** Shown instead of the table while there are no rows. */
  empty: ReactNode;
  /** The add button's text ("Add KPI"); there is no button when read-only. */
  addLabel: string;
  onAdd: () => void;
  onRemove: (row: Row) => void;
  /** How a row is named in labels ("Remove Revenue"), by its content or its place. */
  rowName: (row: Row, index: number) => string;
  /** The row's cells, one `<td>` per column. */
  cells: (row: Row, index: number, name: string) => ReactNode;
  /** A second line under the row spanning every column (a comment field), if the table has one. */
  below?: (row: Row, index: number, name: string) => ReactNode;
  belowClassName?: string;
  rowClassName?: (row: Row) => string;
  /** Beside the add button: a live summary of the rows. */
  footer?: ReactNode;
};

/**
 * A table of editable rows with an add button under it and a remove button at the end of
 * each row. Each row is its own `<tbody>`, so a row and its second line stay one group.
 */
export function EditableTable<Row extends { id: string }>(props: EditableTableProps<Row>) {
  const { rows, readOnly, columns } = props;
  return (
    <>
      {rows.length === 0 ? (
        props.empty
      ) : (
        <table className={`deck-table ${props.className}`} aria-label={props.label}>
          <thead>
            <tr>
              {columns.map((header, i) => (
                <th key={i} scope="col">
                  {header}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          {rows.map((row, index) => {
            const name = props.rowName(row, index);
            return (
              <tbody key={row.id} className={props.rowClassName?.(row)}>
                <tr>
                  {props.cells(row, index, name)}
                  <RemoveRowCell name={name} readOnly={readOnly} onRemove={() => props.onRemove(row)} />
                </tr>
                {props.below ? (
                  <tr className={props.belowClassName}>
                    <td colSpan={columns.length + 1}>{props.below(row, index, name)}</td>
                  </tr>
                ) : null}
              </tbody>
            );
          })}
        </table>
      )}
      {readOnly && !props.footer ? null : (
        <div className="deck-rows-footer">
          {readOnly ? null : (
            <button type="button" className="button" onClick={props.onAdd}>
              {props.addLabel}
            </button>
          )}
          {props.footer}
        </div>
      )}
    </>
  );
}

/** The last cell of an editable row: its remove button, or nothing when read-only. */
function RemoveRowCell({
  name,
  readOnly,
  onRemove,
}: {
  name: string;
  readOnly: boolean;
  onRemove: () => void;
}) {
  return (
    <td>
      {readOnly ? null : (
        <button
          type="button"
          className="button button-ghost button-small button-danger"
          aria-label={`Remove ${name}`}
          onClick={onRemove}
        >
          ✕
        </button>
      )}
    </td>
  );
}
