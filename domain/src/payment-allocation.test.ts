import { describe, expect, it } from 'vitest';
import { MoneyError } from './money';
import { allocatePayment } from './payment-allocation';

const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 9, 0, s));
const consultation = { id: 'consult', createdAt: at(1), patientDue: 500_000 };
const lab = { id: 'lab', createdAt: at(2), patientDue: 300_000 };
const drugs = { id: 'drugs', createdAt: at(3), patientDue: 200_000 };

describe('allocatePayment', () => {
  it('pays the oldest charges first when the cashier picks nothing', () => {
    expect(allocatePayment([drugs, lab, consultation], 600_000)).toEqual({
      allocations: [
        { chargeId: 'consult', amount: 500_000 },
        { chargeId: 'lab', amount: 100_000 },
      ],
      leftover: 0,
    });
  });

  it('pays the picked charges first, oldest among them, then the rest oldest first', () => {
    expect(allocatePayment([consultation, lab, drugs], 600_000, ['drugs', 'lab'])).toEqual({
      allocations: [
        { chargeId: 'lab', amount: 300_000 },
        { chargeId: 'drugs', amount: 200_000 },
        { chargeId: 'consult', amount: 100_000 },
      ],
      leftover: 0,
    });
  });

  it('only pays the picked charge when the money runs out there', () => {
    expect(allocatePayment([consultation, lab], 300_000, ['lab']).allocations).toEqual([
      { chargeId: 'lab', amount: 300_000 },
    ]);
  });

  it('sends what exceeds the whole visit due to the wallet as leftover', () => {
    expect(allocatePayment([consultation, lab], 1_000_000)).toEqual({
      allocations: [
        { chargeId: 'consult', amount: 500_000 },
        { chargeId: 'lab', amount: 300_000 },
      ],
      leftover: 200_000,
    });
  });

  it('skips charges with nothing due and ignores picks that are not among the charges', () => {
    const settled = { id: 'reg', createdAt: at(0), patientDue: 0 };
    expect(allocatePayment([settled, lab], 100_000, ['reg', 'unknown']).allocations).toEqual([
      { chargeId: 'lab', amount: 100_000 },
    ]);
  });

  it('puts everything in leftover when nothing is due', () => {
    expect(allocatePayment([], 50_000)).toEqual({ allocations: [], leftover: 50_000 });
  });

  it('refuses fractional amounts, negative dues and duplicate charges', () => {
    expect(() => allocatePayment([lab], 10.5)).toThrow(MoneyError);
    expect(() => allocatePayment([{ ...lab, patientDue: -1 }], 10)).toThrow(MoneyError);
    expect(() => allocatePayment([lab, lab], 10)).toThrow(MoneyError);
  });
});

describe('oldest-first ordering', () => {
  it('refuses a charge without a valid creation time rather than guessing its place', () => {
    expect(() => allocatePayment([{ ...lab, createdAt: new Date('nope') }], 1)).toThrow(RangeError);
  });
});
