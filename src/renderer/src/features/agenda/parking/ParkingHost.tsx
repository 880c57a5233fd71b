import { useEffect } from 'react';
import { COMMANDS } from '../../../../../shared/commands';
import { setCloseGate, useDocument } from '../../../document';
import { askBeforeClose, CloseGateDialog } from './closeGate';
import { ParkedConfirmation } from './ParkedConfirmation';
import { ParkingCapture } from './ParkingCapture';
import { parkingActions } from './parkingActions';
import { ParkingLotDialog } from './ParkingLotDialog';
import { setParkingView } from './parkingStore';

/**
 * Everything of the parking lot that floats above the screens, mounted once by the app:
 * the capture box (opened by the "Park an item…" command, from the menu, the palette or
 * its shortcut), the confirmation, the lot's dialog and the close gate. The command
 * reaches it as a window event named by the command's id, so the action registry needs
 * none of this code.
 */
const clearParkingView = () => setParkingView({ capture: null, confirmation: null, lotOpen: false });

export function ParkingHost() {
  const inWorkspace = useDocument((s) => s.current !== null);
  // Closing the workspace asks about untriaged items first (document/closeGate.ts).
  useEffect(() => setCloseGate(askBeforeClose), []);
  useEffect(() => {
    const open = () => parkingActions.openCapture();
    window.addEventListener(COMMANDS.parkItem.id, open);
    return () => window.removeEventListener(COMMANDS.parkItem.id, open);
  }, []);
  // A closed workspace leaves nothing of its lot on screen (the app unmounts this with it).
  useEffect(() => {
    if (!inWorkspace) clearParkingView();
    return clearParkingView;
  }, [inWorkspace]);
  return (
    <>
      <ParkingCapture />
      <ParkedConfirmation />
      <ParkingLotDialog />
      <CloseGateDialog />
    </>
  );
}
