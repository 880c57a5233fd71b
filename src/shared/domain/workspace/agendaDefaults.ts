import type { Agenda } from './agendaSchema';

/** The zone this machine is set to: where the session is most likely held. */
export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** One day from 09:00 to 17:00 with no blocks yet, the timer idle. */
export function emptyAgenda(timeZone: string, dayId: string): Agenda {
  return {
    timeZone,
    days: [{ id: dayId, date: '', start: 9 * 60, end: 17 * 60 }],
    blocks: [],
    run: { blockId: null, timer: { state: 'idle' }, countingSince: null, chime: false },
  };
}
