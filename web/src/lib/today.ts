import { clinicDay } from './format';

/**
 * YYYY-MM-DD of the clinic's calendar day (its time zone, from the clinic settings), for "today's
 * visits" and for checking a date of birth is not in the future, whatever zone the computer is in.
 */
export function localToday(now = new Date()): string {
  return clinicDay(now);
}
