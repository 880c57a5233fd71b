import type { HandlerMap } from './handlers';
import type { RoomLinkService } from '../services/roomLink';
import { ServiceError } from '../services/serviceError';
import { qrSvg } from '../services/room';
import { wifiQrText } from '../../shared/room/wifiQr';

type RoomChannel = Extract<keyof HandlerMap, `room:${string}`>;

/** The room link's channels: each one call into the room link service. */
export function roomHandlers(room: RoomLinkService | undefined): Pick<HandlerMap, RoomChannel> {
  const link = (): RoomLinkService => {
    if (!room) throw new ServiceError('INTERNAL', 'The room link is not available.');
    return room;
  };
  return {
    'room:interfaces': () => Promise.resolve(link().interfaces()),
    'room:open': (request) => link().open(request),
    'room:status': () => Promise.resolve(link().status()),
    'room:releaseSeat': ({ participantId }) => Promise.resolve(link().releaseSeat(participantId)),
    'room:close': async ({ reason, results }) => {
      await link().close(reason ?? 'stopped', results);
      return null;
    },
    'room:ballotResult': (result) => Promise.resolve(link().answer(result)),
    'room:seatCards': () => link().seatCards(),
    'room:openCheck': ({ interfaceName }) => link().openCheck(interfaceName),
    'room:closeCheck': async () => {
      await link().closeCheck();
      return null;
    },
    'room:wifiQr': (request) => qrSvg(wifiQrText(request)),
  };
}
