/**
 * A day as the facilitator's calendar shows it (YYYY-MM-DD, local time): a decision taken
 * at 00:30 in Berlin belongs to that day, not to the previous day in UTC. The one place
 * the app turns a moment into a day: decisions, the deck's date, export names, backups.
 */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
