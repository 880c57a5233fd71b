export * from './logQuery';
export { localDay } from '../calendarDay';
export * from './newEntries';
