import { describe, expect, it } from 'vitest';
import {
  expectedTill,
  shiftCloseRequestSchema,
  type TillMovements,
  tillVariance,
  ZERO_TILL,
} from './till-shift';

const movements = (over: Partial<TillMovements> = {}): TillMovements => ({
  payments: { ...ZERO_TILL },
  refunds: { ...ZERO_TILL },
  deposits: { ...ZERO_TILL },
  ...over,
});

describe('expected till', () => {
  it('adds the opening float to cash only', () => {
    expect(expectedTill(500_000, movements())).toEqual({
      CASH: 500_000,
      POS: 0,
      TRANSFER: 0,
      total: 500_000,
    });
  });

  it('is payments − refunds paid out + deposits, per method', () => {
    const expected = expectedTill(
      1_000_000,
      movements({
        payments: { CASH: 2_500_000, POS: 1_200_000, TRANSFER: 300_000 },
        refunds: { CASH: 400_000, POS: 0, TRANSFER: 300_000 },
        deposits: { CASH: 100_000, POS: 50_000, TRANSFER: 0 },
      }),
    );
    expect(expected).toEqual({ CASH: 3_200_000, POS: 1_250_000, TRANSFER: 0, total: 4_450_000 });
  });

  it('can go below zero when a refund of an earlier shift is paid out of an empty drawer', () => {
    const expected = expectedTill(0, movements({ refunds: { CASH: 20_000, POS: 0, TRANSFER: 0 } }));
    expect(expected.CASH).toBe(-20_000);
    expect(expected.total).toBe(-20_000);
  });
});

describe('till variance', () => {
  it('is counted − expected: short is negative, over is positive, and the total nets them', () => {
    const variance = tillVariance(
      { CASH: 3_200_000, POS: 1_250_000, TRANSFER: 0 },
      { CASH: 3_150_000, POS: 1_250_000, TRANSFER: 10_000 },
    );
    expect(variance).toEqual({ CASH: -50_000, POS: 0, TRANSFER: 10_000, total: -40_000 });
  });

  it('is zero everywhere when the count matches', () => {
    const exact = { CASH: 123_456, POS: 7, TRANSFER: 0 };
    expect(tillVariance(exact, exact)).toEqual({ CASH: 0, POS: 0, TRANSFER: 0, total: 0 });
  });

  it('refuses fractional kobo rather than rounding', () => {
    expect(() => tillVariance({ CASH: 10.5, POS: 0, TRANSFER: 0 }, { ...ZERO_TILL })).toThrow(RangeError);
  });
});

describe('closing request', () => {
  it('needs every till method counted, in whole kobo', () => {
    const ok = shiftCloseRequestSchema.safeParse({ counted: { CASH: 100, POS: 0, TRANSFER: 0 } });
    expect(ok.success).toBe(true);
    expect(shiftCloseRequestSchema.safeParse({ counted: { CASH: 100 } }).success).toBe(false);
    expect(shiftCloseRequestSchema.safeParse({ counted: { CASH: 1.5, POS: 0, TRANSFER: 0 } }).success).toBe(
      false,
    );
    expect(shiftCloseRequestSchema.safeParse({ counted: { CASH: -1, POS: 0, TRANSFER: 0 } }).success).toBe(
      false,
    );
    expect(
      shiftCloseRequestSchema.safeParse({ counted: { CASH: 0, POS: 0, TRANSFER: 0, WALLET: 5 } }).success,
    ).toBe(false);
  });
});
