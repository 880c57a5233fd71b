/** The room link: phones vote over the room's network (main serves them; this window casts their ballots). */
export { RoomLinkPanel } from './RoomLinkPanel';
export { RoomLinkHost } from './RoomLinkHost';
export { useRoom, roomActions } from './roomStore';
export type { RoomTarget } from './RoomSeats';
