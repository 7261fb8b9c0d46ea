import { type ClinicDisplay, DEFAULT_CLINIC_DISPLAY } from '@modern-emr/domain';

/**
 * spec: WEB-FMT-1. Dates and times are written in the clinic's time zone and locale (clinic
 * settings, default Africa/Lagos and en-NG: 03/12/2026, 17:29), never the browser's: a computer
 * set to another zone or language must not show a receipt's time differently from the paper.
 * The session hands the clinic's settings over at sign-in (GET /auth/me); until then, the defaults.
 */
let display: ClinicDisplay = DEFAULT_CLINIC_DISPLAY;
const formats = new Map<string, Intl.DateTimeFormat>();

export function setClinicDisplay(next: ClinicDisplay): void {
  if (
    next.timeZone === display.timeZone &&
    next.locale === display.locale &&
    next.currency === display.currency
  ) {
    return;
  }
  display = { ...next };
  formats.clear();
}

export function clinicDisplay(): ClinicDisplay {
  return display;
}

type Shape = 'date-time' | 'date' | 'time' | 'calendar-date' | 'iso-day';

const SHAPES: Record<Shape, Intl.DateTimeFormatOptions> = {
  'date-time': { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  date: { day: '2-digit', month: '2-digit', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit' },
  // A date with no time of day (a date of birth): the day as written, in no zone at all.
  'calendar-date': { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' },
  // Read back in parts (Western digits whatever the clinic's locale) to build YYYY-MM-DD.
  'iso-day': { day: '2-digit', month: '2-digit', year: 'numeric' },
};

function formatter(shape: Shape): Intl.DateTimeFormat {
  let format = formats.get(shape);
  if (!format) {
    const locale = shape === 'iso-day' ? 'en-US' : display.locale;
    format = new Intl.DateTimeFormat(locale, { timeZone: display.timeZone, ...SHAPES[shape] });
    formats.set(shape, format);
  }
  return format;
}

function instant(value: string | Date): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An instant in the clinic's zone and locale, e.g. "03/12/2026, 17:29". */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = instant(value);
  if (!date) return String(value);
  return formatter('date-time').format(date);
}

/**
 * A day, e.g. "03/12/2026": a calendar day ("2026-12-03", a date of birth) as written; an instant
 * as the day it fell on in the clinic.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (CALENDAR_DAY.test(value)) {
    const date = instant(`${value}T00:00:00Z`);
    return date ? formatter('calendar-date').format(date) : value;
  }
  const date = instant(value);
  return date ? formatter('date').format(date) : value;
}

/** The clinic's wall-clock time of an instant, e.g. "17:29". */
export function formatTime(value: string | Date): string {
  const date = instant(value);
  return date ? formatter('time').format(date) : String(value);
}

/** YYYY-MM-DD of the clinic's calendar day at `now`. */
export function clinicDay(now: Date = new Date()): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    formatter('iso-day')
      .formatToParts(now)
      .find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
