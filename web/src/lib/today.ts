/**
 * YYYY-MM-DD of the browser's calendar day. The desk's computer stands in the clinic, so its day
 * is the clinic's day for "today's visits" and for checking a date of birth is not in the future.
 */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
