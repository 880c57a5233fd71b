import { localDay } from '../../shared/domain/calendarDay';

/**
 * Which backups to keep (docs/quality.md, D4): every backup of today (up to 48), the
 * newest of each earlier day (up to 90 days back), and never fewer than the 10 newest.
 * `dayOf` maps a time to a calendar day in the user's time zone.
 *
 * "Newest" is by the order the backups were made (their sequence number), never by the
 * wall clock, which can jump: a laptop whose clock was a year behind and then corrected
 * would otherwise date its latest work "a year old" and delete it first. Each backup's
 * effective time is its recorded time, or that of the backup made before it if that is
 * later, so dates never run backwards along the sequence.
 */
export const KEEP_AT_LEAST = 10;
export const KEEP_TODAY_AT_MOST = 48;
export const KEEP_DAYS = 90;

/** `seq` is missing on backups made by versions before it existed: they count as older than any with one. */
export type Dated = { id: string; createdAt: string; seq?: number };

/** Oldest first, by sequence; recorded time and id only break ties. */
export function bySequence(a: Dated, b: Dated): number {
  return (a.seq ?? -1) - (b.seq ?? -1) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

export function backupsToKeep(
  backups: readonly Dated[],
  now: Date,
  dayOf: (d: Date) => string = localDay,
): Set<string> {
  let floor = -Infinity;
  const timed = [...backups].sort(bySequence).map((backup) => {
    const recorded = Date.parse(backup.createdAt);
    floor = Math.max(floor, Number.isNaN(recorded) ? floor : recorded);
    return { id: backup.id, at: floor };
  });
  const newestFirst = timed.reverse();
  const keep = new Set(newestFirst.slice(0, KEEP_AT_LEAST).map((b) => b.id));
  // A clock behind the newest backup is wrong, not a journey back in time: count from there.
  const latest = Math.max(now.getTime(), newestFirst[0]?.at ?? -Infinity);
  const today = dayOf(new Date(latest));
  const seenDays = new Set<string>();
  let todayCount = 0;
  for (const backup of newestFirst) {
    if (!Number.isFinite(backup.at)) continue;
    const day = dayOf(new Date(backup.at));
    if (day === today) {
      if (todayCount++ < KEEP_TODAY_AT_MOST) keep.add(backup.id);
    } else if (!seenDays.has(day) && latest - backup.at <= KEEP_DAYS * 86_400_000) {
      seenDays.add(day);
      keep.add(backup.id);
    }
  }
  return keep;
}

export { localDay } from '../../shared/domain/calendarDay';
