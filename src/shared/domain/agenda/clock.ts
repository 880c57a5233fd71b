/**
 * Times of day in the agenda's time zone. The agenda stores "12:30" as 750 minutes from
 * midnight in its zone, and the laptop may be set to another zone (a facilitator flying
 * in): every conversion between a moment and a time of day goes through here.
 */

/** The time of day (minutes from midnight, with seconds as a fraction) at `epochMs` in `timeZone`. */
export function minuteOfDayIn(timeZone: string, epochMs: number): number {
  const parts = partsIn(timeZone, epochMs);
  return parts.hour * 60 + parts.minute + parts.second / 60;
}

/** The calendar day (YYYY-MM-DD) at `epochMs` in `timeZone`. */
export function dateIn(timeZone: string, epochMs: number): string {
  const p = partsIn(timeZone, epochMs);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Whether the runtime knows the zone ("Europe/Lisbon" yes, "Mars/Olympus" no). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return zone.trim().length > 0;
  } catch {
    return false;
  }
}

/** "09:05", "12:30", "17:00"; a time past midnight reads "+1 00:15". */
export function formatClock(minuteOfDay: number): string {
  const whole = Math.round(minuteOfDay);
  const days = Math.floor(whole / 1440);
  const m = ((whole % 1440) + 1440) % 1440;
  const text = `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
  return days > 0 ? `+${days} ${text}` : text;
}

/** "12:30" or "9:05" → minutes from midnight; null when it is not a time of day. */
export function parseClock(text: string): number | null {
  const match = /^\s*(\d{1,2})[:.h](\d{2})\s*$/.exec(text);
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  return h < 24 && m < 60 ? h * 60 + m : null;
}

type Parts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string, epochMs: number): Parts {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const out: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return {
    year: out.year!,
    month: out.month!,
    day: out.day!,
    hour: out.hour! % 24,
    minute: out.minute!,
    second: out.second!,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
