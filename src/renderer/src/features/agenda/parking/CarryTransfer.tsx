import { useRef } from 'react';
import type { Workspace } from '../../../../../shared/domain/workspace';
import { exportCarried, importCarriedText } from './parkingActions';

/** What a transfer said, for the lot's status line. */
export type TransferNote = { tone: 'info' | 'error'; text: string };

/**
 * Items carried to the next session in a file, until quarters are linked: export here,
 * import in the next workspace. A damaged or foreign file is refused in words.
 */
export function CarryTransfer({
  workspace,
  readOnly,
  onNote,
}: {
  workspace: Workspace;
  readOnly: boolean;
  onNote: (note: TransferNote) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const read = async (file: File) => {
    const result = importCarriedText(await file.text());
    onNote({
      tone: result.ok ? 'info' : 'error',
      text: result.ok ? result.message : `“${file.name}”: ${result.message}`,
    });
  };
  return (
    <>
      <button
        type="button"
        className="button button-small"
        onClick={() => onNote({ tone: 'info', text: exportCarried(workspace) })}
      >
        Export carried items…
      </button>
      {readOnly ? null : (
        <>
          <button type="button" className="button button-small" onClick={() => input.current?.click()}>
            Import carried items…
          </button>
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label="Parking-lot file to import"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void read(file);
            }}
          />
        </>
      )}
    </>
  );
}
