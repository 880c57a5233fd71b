/**
 * The parking lot's public pieces, for the agenda feature's index and views to pass on:
 * - ParkingHost: mount once in the app (capture box, confirmation, lot dialog, close gate);
 * - ParkingCounter: "Parking lot 4" for the console and the workspace's top bar;
 * - ParkingLotPanel: the lot itself ({ workspace, readOnly, titled? }) for the Agenda tab;
 * - askBeforeClose: the close gate, awaited before the workspace closes.
 */
export { ParkingHost } from './ParkingHost';
export { ParkingCounter } from './ParkingCounter';
export { ParkingLotPanel } from './ParkingLotPanel';
export { ParkingLotDialog } from './ParkingLotDialog';
export { ParkingCapture } from './ParkingCapture';
export { ParkedConfirmation } from './ParkedConfirmation';
export { askBeforeClose, CloseGateDialog, closeGateActions } from './closeGate';
export { parkingActions } from './parkingActions';
export { useParkingView } from './parkingStore';
