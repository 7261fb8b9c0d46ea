import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorAmountSchema } from './catalog';
import {
  addMinor,
  MAX_MINOR_AMOUNT,
  MoneyError,
  minorDigits,
  mulMinor,
  percentOf,
  splitByPercent,
  subMinor,
  sumMinor,
} from './money';

describe('minor-unit arithmetic', () => {
  it('MONEY-1: adds, subtracts and sums kobo exactly', () => {
    expect(addMinor(1_250_050, 50)).toBe(1_250_100);
    expect(subMinor(500, 2_000)).toBe(-1_500);
    expect(sumMinor([100, 200, 300])).toBe(600);
    expect(sumMinor([])).toBe(0);
  });

  it('multiplies a unit price by a whole quantity, refusing fractions and overflow', () => {
    expect(mulMinor(250_000, 3)).toBe(750_000);
    expect(() => mulMinor(250_000, 1.5)).toThrow(MoneyError);
    expect(() => mulMinor(Number.MAX_SAFE_INTEGER, 2)).toThrow(MoneyError);
  });

  it('MONEY-1: refuses fractions of a kobo, NaN and unsafe integers', () => {
    expect(() => addMinor(0.1, 0.2)).toThrow(MoneyError);
    expect(() => subMinor(Number.NaN, 1)).toThrow(MoneyError);
    expect(() => sumMinor([1, Number.POSITIVE_INFINITY])).toThrow(MoneyError);
    expect(() => addMinor(Number.MAX_SAFE_INTEGER, 1)).toThrow(MoneyError);
    expect(() => subMinor(Number.MIN_SAFE_INTEGER, 1)).toThrow(MoneyError);
  });

  it('keeps the money ceiling equal to the one in minorAmountSchema', () => {
    expect(minorAmountSchema.safeParse(MAX_MINOR_AMOUNT).success).toBe(true);
    expect(minorAmountSchema.safeParse(MAX_MINOR_AMOUNT + 1).success).toBe(false);
  });

  it('sum is the same in any order (integers, no float drift)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -MAX_MINOR_AMOUNT, max: MAX_MINOR_AMOUNT })), (values) => {
        expect(sumMinor([...values].reverse())).toBe(sumMinor(values));
      }),
    );
  });
});

describe('percentOf', () => {
  it('rounds half a kobo up', () => {
    expect(percentOf(25, 50)).toBe(13); // 12.5 → 13
    expect(percentOf(24, 50)).toBe(12);
    expect(percentOf(1, 50)).toBe(1); // 0.5 → 1
    expect(percentOf(1, 49)).toBe(0);
    expect(percentOf(333, 10)).toBe(33); // 33.3 → 33
    expect(percentOf(335, 10)).toBe(34); // 33.5 → 34
  });

  it('takes 0% as nothing and 100% as everything', () => {
    expect(percentOf(500_000, 0)).toBe(0);
    expect(percentOf(500_000, 100)).toBe(500_000);
  });

  it('is exact for the largest safe amount', () => {
    expect(percentOf(Number.MAX_SAFE_INTEGER, 100)).toBe(Number.MAX_SAFE_INTEGER);
    expect(percentOf(Number.MAX_SAFE_INTEGER, 50)).toBe(4_503_599_627_370_496);
  });

  it('refuses fractional or out-of-range percentages and negative amounts', () => {
    expect(() => percentOf(100, 12.5)).toThrow(MoneyError);
    expect(() => percentOf(100, 101)).toThrow(MoneyError);
    expect(() => percentOf(100, -1)).toThrow(MoneyError);
    expect(() => percentOf(-100, 50)).toThrow(MoneyError);
  });

  it('an HMO share and a patient share always add up to the amount', () => {
    fc.assert(
      fc.property(fc.nat({ max: MAX_MINOR_AMOUNT }), fc.integer({ min: 0, max: 100 }), (amount, percent) => {
        const { share, rest } = splitByPercent(amount, percent);
        expect(share + rest).toBe(amount);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(rest).toBeGreaterThanOrEqual(0);
        // Within half a kobo of the exact value.
        expect(Math.abs(share * 100 - amount * percent)).toBeLessThanOrEqual(50);
      }),
    );
  });

  it('is monotonic in the amount', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: MAX_MINOR_AMOUNT }),
        fc.nat({ max: 1000 }),
        fc.integer({ min: 0, max: 100 }),
        (a, extra, percent) => {
          const more = percentOf(a + extra, percent) - percentOf(a, percent);
          expect(more).toBeGreaterThanOrEqual(0);
          expect(more).toBeLessThanOrEqual(extra);
        },
      ),
    );
  });
});

describe('minorDigits', () => {
  it('knows kobo, cents and currencies without minor units', () => {
    expect(minorDigits('NGN')).toBe(2);
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
  });
});
