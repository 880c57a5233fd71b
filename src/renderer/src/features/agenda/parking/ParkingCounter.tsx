import './parking.css';
import { untriaged } from '../../../../../shared/domain/agenda';
import { useDocument } from '../../../document';
import { parkingActions } from './parkingActions';

/**
 * "Parking lot 4": the items not triaged yet, for the console and the workspace's top bar.
 * A click opens the lot.
 */
export function ParkingCounter() {
  const open = useDocument((s) => (s.current ? untriaged(s.current.workspace).length : null));
  if (open === null) return null;
  return (
    <button
      type="button"
      className={open > 0 ? 'button parking-counter parking-counter-busy' : 'button parking-counter'}
      title={open === 1 ? '1 item not triaged yet' : `${open} items not triaged yet`}
      onClick={parkingActions.openLot}
    >
      Parking lot <span className="parking-counter-count">{open}</span>
    </button>
  );
}
