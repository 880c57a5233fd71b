/**
 * The agenda feature's screens and pieces, loaded on demand: the Agenda tab, the block
 * timer (console and projector), the parking lot (its host, counter and panel), and the
 * agenda a new workspace starts with.
 */
export { AgendaView } from './AgendaView';
export { ConsoleTimer } from './timer/ConsoleTimer';
export { TimerStage } from './timer/TimerStage';
export { ParkingHost, ParkingCounter, ParkingLotPanel, askBeforeClose } from './parking';
export { seedAgendaFromTemplate } from './seedAgenda';
