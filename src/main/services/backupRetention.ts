/**
 * Which backups to keep (quality.md D4): every backup of today (up to 48), the newest of
 * each earlier day (up to 90 days back), and never fewer than the 10 newest overall.
 * `dayOf` maps a time to a calendar day in the user's time zone.
 */
export const KEEP_AT_LEAST = 10;
export const KEEP_TODAY_AT_MOST = 48;
export const KEEP_DAYS = 90;

export type Dated = { id: string; createdAt: string };

export function backupsToKeep(
  backups: readonly Dated[],
  now: Date,
  dayOf: (d: Date) => string = localDay,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(newestFirst.slice(0, KEEP_AT_LEAST).map((b) => b.id));
  const today = dayOf(now);
  const seenDays = new Set<string>();
  let todayCount = 0;
  for (const backup of newestFirst) {
    const at = new Date(backup.createdAt);
    const day = dayOf(at);
    if (day === today) {
      if (todayCount++ < KEEP_TODAY_AT_MOST) keep.add(backup.id);
    } else if (!seenDays.has(day) && now.getTime() - at.getTime() <= KEEP_DAYS * 86_400_000) {
      seenDays.add(day);
      keep.add(backup.id);
    }
  }
  return keep;
}

export function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
