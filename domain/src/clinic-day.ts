import { z } from 'zod';

/**
 * Calendar days in the clinic's time zone. A "day" in a report is the clinic's day, not UTC's:
 * in Lagos (UTC+1) money taken at 00:30 local time on the 14th was stored at 23:30 UTC on the 13th.
 * Plain Intl, so server and browser agree without a time-zone library.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateParts(date: string): [number, number, number] | null {
  const m = DATE_PATTERN.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 2026-02-30 over to March; a real calendar date survives the round trip.
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return [y, mo, d];
}

/** `YYYY-MM-DD`, a real calendar date (no 2026-02-30). */
export const localDateSchema = z
  .string()
  .regex(DATE_PATTERN, 'must be a date as YYYY-MM-DD')
  .refine((v) => dateParts(v) !== null, 'must be a real calendar date');

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock fields of `instant` in the zone. */
function wallClock(instant: Date, timeZone: string) {
  const fields: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') fields[p.type] = Number(p.value);
  }
  return {
    year: fields.year ?? 0,
    month: fields.month ?? 0,
    day: fields.day ?? 0,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instantMs: number, timeZone: string): number {
  const w = wallClock(new Date(instantMs), timeZone);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wallAsUtc - (instantMs - (((instantMs % 1000) + 1000) % 1000));
}

/** The calendar date of `instant` on the clinic's wall clock. */
export function localDateOf(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

function startOfLocalDay(y: number, m: number, d: number, timeZone: string): Date {
  const wall = Date.UTC(y, m - 1, d);
  // Twice: the offset at the first guess can differ from the offset at the answer across a DST change.
  const guess = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(guess, timeZone));
}

/** The instants a clinic day covers: `start` inclusive, `end` (the next day's start) exclusive. */
export function localDayRange(date: string, timeZone: string): { start: Date; end: Date } {
  const parts = dateParts(date);
  if (!parts) throw new RangeError(`not a calendar date: ${date}`);
  const [y, m, d] = parts;
  return { start: startOfLocalDay(y, m, d, timeZone), end: startOfLocalDay(y, m, d + 1, timeZone) };
}
