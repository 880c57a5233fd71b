export * from './interfaces';
export * from './roomTypes';
export { RoomServer, systemRoomClock } from './roomServer';
export { CLOSE_CODES, CLOSE_MESSAGES, type CloseReason } from '../../../shared/room/roomProtocol';
export { PLACEHOLDER_PHONE_ASSETS } from './phonePlaceholder';
export { qrSvg } from './qr';
export { WorkspaceBallotSink, type WorkspacePort } from './workspaceBallotSink';
export { roomForRound } from './roomForRound';
export { openWorkspaceRoom, type WorkspaceRoom } from './workspaceRoom';
