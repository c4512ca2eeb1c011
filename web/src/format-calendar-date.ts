/**
 * `Fri, Dec 18, 2026` for a calendar date (`YYYY-MM-DD`, such as a decision date): the day itself, in no
 * zone (read at UTC noon and shown in UTC, so no browser zone moves it to the day before). The text as it
 * is when it is not such a date.
 */
export function formatCalendarDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const at = new Date(`${date}T12:00:00Z`);
  // Not a day of the calendar (2026-02-30 would read as March 2): as it is.
  if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== date) return date;
  return new Intl.DateTimeFormat("en-US", {
    timeZone: "UTC",
    weekday: "short",
    month: "short",
    day: "numeric",
    year: "numeric",
  }).format(at);
}
