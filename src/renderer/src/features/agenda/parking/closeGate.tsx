import './parking.css';
import { carryUntriaged, untriaged } from '../../../../../shared/domain/agenda';
import { documentActions, useDocument } from '../../../document';
import { Dialog } from '../../../ui/Dialog';
import { getParkingView, setParkingView, useParkingView } from './parkingStore';

/**
 * The close gate: nothing parked is lost silently. Before the workspace closes, items not
 * triaged yet are listed and the facilitator chooses: triage them now (the lot opens and
 * the workspace stays), carry them to the next session (then it closes), or cancel.
 *
 * `askBeforeClose` answers at once with "close" when there is nothing to ask about (no
 * open items, or a read-only workspace that cannot change them anyway).
 */
export function askBeforeClose(): Promise<'close' | 'stay'> {
  const current = useDocument.getState().current;
  if (!current || current.readOnly || untriaged(current.workspace).length === 0) {
    return Promise.resolve('close');
  }
  // A second close while the question is up answers the first one: stay.
  getParkingView().gate?.resolve('stay');
  return new Promise((resolve) => setParkingView({ gate: { resolve } }));
}

function answer(choice: 'close' | 'stay'): void {
  const gate = getParkingView().gate;
  setParkingView({ gate: null });
  gate?.resolve(choice);
}

export const closeGateActions = {
  triageNow: (): void => {
    setParkingView({ lotOpen: true });
    answer('stay');
  },
  carryAndClose: (): void => {
    // If the edit is refused (the notice says why), the items stay open and so does the workspace.
    answer(documentActions.edit(carryUntriaged) ? 'close' : 'stay');
  },
  cancel: (): void => answer('stay'),
};

/** Mounted once in the app; shows itself while `askBeforeClose` waits for an answer. */
export function CloseGateDialog() {
  const asking = useParkingView((s) => s.gate !== null);
  const workspace = useDocument((s) => s.current?.workspace);
  if (!asking || !workspace) return null;
  const open = untriaged(workspace);
  const count = open.length === 1 ? '1 parked item is' : `${open.length} parked items are`;
  return (
    <Dialog
      title="Before you close: the parking lot"
      onClose={closeGateActions.cancel}
      width={720}
      footer={
        <>
          <button type="button" className="button" onClick={closeGateActions.cancel}>
            Cancel
          </button>
          <button type="button" className="button" onClick={closeGateActions.carryAndClose}>
            Carry them to the next session and close
          </button>
          <button type="button" className="button button-primary" onClick={closeGateActions.triageNow}>
            Triage now
          </button>
        </>
      }
    >
      <p>{count} not triaged yet:</p>
      <ul className="parking-gate-list" aria-label="Not triaged yet">
        {open.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
      <p className="muted">
        Carried items stay in this workspace marked “carried”, and go into the next session’s file with Export
        carried items…
      </p>
    </Dialog>
  );
}
