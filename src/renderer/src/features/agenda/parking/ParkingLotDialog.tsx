import { useDocument } from '../../../document';
import { Dialog } from '../../../ui/Dialog';
import { parkingActions } from './parkingActions';
import { useParkingView } from './parkingStore';
import { ParkingLotPanel } from './ParkingLotPanel';

/** The lot in its own window-wide dialog: opened by the counter, the close gate or the toast. */
export function ParkingLotDialog() {
  const open = useParkingView((s) => s.lotOpen);
  const current = useDocument((s) => s.current);
  if (!open || !current) return null;
  return (
    <Dialog
      title="Parking lot"
      onClose={parkingActions.closeLot}
      width={960}
      footer={
        <button type="button" className="button" onClick={parkingActions.closeLot}>
          Close
        </button>
      }
    >
      <ParkingLotPanel workspace={current.workspace} readOnly={current.readOnly} titled={false} />
    </Dialog>
  );
}
