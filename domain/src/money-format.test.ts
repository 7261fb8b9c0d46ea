import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MINOR_AMOUNT, MoneyError } from './money';
import { formatMoney, parseMajorToMinor } from './money-format';

describe('formatMoney', () => {
  it('shows naira with the ₦ sign, one space, grouping and kobo', () => {
    expect(formatMoney(1_250_000)).toBe('₦ 12,500.00');
    expect(formatMoney(1_250_050, 'NGN')).toBe('₦ 12,500.50');
    expect(formatMoney(0)).toBe('₦ 0.00');
    expect(formatMoney(1)).toBe('₦ 0.01');
    expect(formatMoney(100)).toBe('₦ 1.00');
    expect(formatMoney(100_000_001)).toBe('₦ 1,000,000.01');
  });

  it('writes a credit with a leading minus', () => {
    expect(formatMoney(-50_000)).toBe('-₦ 500.00');
  });

  it('is exact for the largest safe amount (no float rounding)', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER)).toBe('₦ 90,071,992,547,409.91');
  });

  it('uses the same layout for other currencies', () => {
    expect(formatMoney(123_456, 'USD')).toBe('$ 1,234.56');
    expect(formatMoney(123_456, 'GHS')).toBe('GH₵ 1,234.56');
    expect(formatMoney(123_456, 'KES')).toBe('KES 1,234.56');
    expect(formatMoney(1_234, 'JPY')).toBe('¥ 1,234');
  });

  it('refuses fractions of a kobo', () => {
    expect(() => formatMoney(12.5)).toThrow(MoneyError);
  });
});

describe('parseMajorToMinor', () => {
  const ok = (minor: number) => ({ ok: true, minor });
  const bad = (error: string) => ({ ok: false, error });

  it('reads naira as typed at the till', () => {
    expect(parseMajorToMinor('12,500.50')).toEqual(ok(1_250_050));
    expect(parseMajorToMinor('12500.5')).toEqual(ok(1_250_050));
    expect(parseMajorToMinor('12500')).toEqual(ok(1_250_000));
    expect(parseMajorToMinor(' 1,000,000.01 ')).toEqual(ok(100_000_001));
    expect(parseMajorToMinor('0.01')).toEqual(ok(1));
    expect(parseMajorToMinor('.5')).toEqual(ok(50));
    expect(parseMajorToMinor('5.')).toEqual(ok(500));
    expect(parseMajorToMinor('0')).toEqual(ok(0));
    expect(parseMajorToMinor('007')).toEqual(ok(700));
  });

  it('refuses more decimals than kobo has, rather than rounding typed money', () => {
    expect(parseMajorToMinor('12.505')).toEqual(bad('TOO_MANY_DECIMALS'));
    expect(parseMajorToMinor('1.5', 'JPY')).toEqual(bad('TOO_MANY_DECIMALS'));
    expect(parseMajorToMinor('1500', 'JPY')).toEqual(ok(1500));
  });

  it('refuses negatives, empty input and garbage', () => {
    expect(parseMajorToMinor('-5')).toEqual(bad('NEGATIVE'));
    expect(parseMajorToMinor('−5')).toEqual(bad('NEGATIVE'));
    expect(parseMajorToMinor('')).toEqual(bad('EMPTY'));
    expect(parseMajorToMinor('   ')).toEqual(bad('EMPTY'));
    for (const garbage of [
      'abc',
      '.',
      '1,2,3',
      '12,50',
      '1 000',
      '₦500',
      '1e5',
      '0x10',
      '+5',
      '5..0',
      '1.2.3',
      'NaN',
    ]) {
      expect(parseMajorToMinor(garbage), garbage).toEqual(bad('INVALID'));
    }
  });

  it('refuses amounts above the ceiling', () => {
    expect(parseMajorToMinor('10,000,000,000.00')).toEqual(ok(MAX_MINOR_AMOUNT));
    expect(parseMajorToMinor('10,000,000,000.01')).toEqual(bad('TOO_LARGE'));
    expect(parseMajorToMinor('99999999999999999999999')).toEqual(bad('TOO_LARGE'));
  });

  it('round-trips every amount through its formatted text', () => {
    fc.assert(
      fc.property(fc.nat({ max: MAX_MINOR_AMOUNT }), (minor) => {
        const text = formatMoney(minor).replace('₦ ', '');
        expect(parseMajorToMinor(text)).toEqual(ok(minor));
        expect(parseMajorToMinor(text.replaceAll(',', ''))).toEqual(ok(minor));
      }),
    );
  });
});
