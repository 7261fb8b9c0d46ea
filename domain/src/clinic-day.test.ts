import { describe, expect, it } from 'vitest';
import { localDateOf, localDateSchema, localDayRange } from './clinic-day';

describe('clinic days', () => {
  it('starts a Lagos day at 23:00 UTC the evening before', () => {
    const { start, end } = localDayRange('2026-03-14', 'Africa/Lagos');
    expect(start.toISOString()).toBe('2026-03-13T23:00:00.000Z');
    expect(end.toISOString()).toBe('2026-03-14T23:00:00.000Z');
  });

  it('puts money taken just after local midnight on the new day, though UTC still says yesterday', () => {
    expect(localDateOf(new Date('2026-03-13T23:30:00Z'), 'Africa/Lagos')).toBe('2026-03-14');
    expect(localDateOf(new Date('2026-03-13T22:59:59.999Z'), 'Africa/Lagos')).toBe('2026-03-13');
    expect(localDateOf(new Date('2026-03-14T23:00:00Z'), 'Africa/Lagos')).toBe('2026-03-15');
  });

  it('crosses month and year ends', () => {
    expect(localDayRange('2025-12-31', 'Africa/Lagos').end.toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(localDayRange('2028-02-29', 'Africa/Lagos').end.toISOString()).toBe('2028-02-29T23:00:00.000Z');
    expect(localDayRange('2026-01-01', 'Africa/Nairobi').start.toISOString()).toBe(
      '2025-12-31T21:00:00.000Z',
    );
  });

  it('gives a 23-hour day when the clocks go forward', () => {
    const { start, end } = localDayRange('2026-03-29', 'Europe/London');
    expect(start.toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(end.toISOString()).toBe('2026-03-29T23:00:00.000Z');
  });

  it('accepts only real calendar dates', () => {
    expect(localDateSchema.safeParse('2026-03-14').success).toBe(true);
    expect(localDateSchema.safeParse('2028-02-29').success).toBe(true);
    expect(localDateSchema.safeParse('2026-02-29').success).toBe(false);
    expect(localDateSchema.safeParse('2026-13-01').success).toBe(false);
    expect(localDateSchema.safeParse('14/03/2026').success).toBe(false);
    expect(localDateSchema.safeParse('2026-3-14').success).toBe(false);
    expect(() => localDayRange('2026-02-30', 'Africa/Lagos')).toThrow(RangeError);
  });
});
