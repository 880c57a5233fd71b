/** The last cell of an editable table row: its remove button, or nothing when read-only. */
export function RemoveRowCell({
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
