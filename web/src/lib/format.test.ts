import { DEFAULT_CLINIC_DISPLAY } from '@modern-emr/domain';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clinicDay, formatDate, formatDateTime, formatTime, setClinicDisplay } from './format';
import { localToday } from './today';

// 16:29 UTC is 17:29 in Lagos (UTC+1, no daylight saving).
const INSTANT = '2026-12-03T16:29:00.000Z';

// The computer's own zone must not matter: run as a machine set to California would.
const machineZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/Los_Angeles';
});
afterAll(() => {
  process.env.TZ = machineZone;
});
afterEach(() => setClinicDisplay(DEFAULT_CLINIC_DISPLAY));

describe("dates and times in the clinic's zone and locale", () => {
  test('WEB-FMT-1: before sign-in, an instant is written for Lagos in en-NG: 03/12/2026, 17:29', () => {
    expect(new Date(INSTANT).getHours()).toBe(8); // the machine itself reads 08:29
    expect(formatDateTime(INSTANT)).toBe('03/12/2026, 17:29');
    expect(formatDate(INSTANT)).toBe('03/12/2026');
    expect(formatTime(INSTANT)).toBe('17:29');
  });

  test("WEB-FMT-1: the clinic's settings from the session change every formatter", () => {
    setClinicDisplay({ timeZone: 'Asia/Tokyo', locale: 'en-GB', currency: 'NGN' });
    expect(formatDateTime(INSTANT)).toBe('04/12/2026, 01:29');
    expect(formatTime(new Date(INSTANT))).toBe('01:29');
    expect(clinicDay(new Date(INSTANT))).toBe('2026-12-04');

    setClinicDisplay({ timeZone: 'America/New_York', locale: 'en-US', currency: 'USD' });
    expect(formatDateTime(INSTANT)).toBe('12/03/2026, 11:29 AM');
  });

  test('WEB-FMT-1: a calendar day (a date of birth) is the same day in every zone', () => {
    expect(formatDate('1990-01-31')).toBe('31/01/1990');
    setClinicDisplay({ timeZone: 'Pacific/Kiritimati', locale: 'en-NG', currency: 'NGN' });
    expect(formatDate('1990-01-31')).toBe('31/01/1990');
    setClinicDisplay({ timeZone: 'Pacific/Pago_Pago', locale: 'en-NG', currency: 'NGN' });
    expect(formatDate('1990-01-31')).toBe('31/01/1990');
  });

  test("WEB-FMT-1: today is the clinic's day, not the computer's", () => {
    // 23:30 UTC on 3 Dec: already 4 Dec in Lagos, still 3 Dec on the machine.
    const lateEvening = new Date('2026-12-03T23:30:00Z');
    expect(localToday(lateEvening)).toBe('2026-12-04');
  });

  test('empty or unreadable values are shown as they are', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});
