import { describe, expect, it } from 'vitest';
import {
  type BillableCharge,
  computeBilling,
  coveragePercentOf,
  defaultApprovedAmount,
  type VisitInsurance,
} from './billing-summary';
import type { ChargeStatus } from './charge-status';
import { MoneyError } from './money';

/** ₦ → kobo, so the examples read like the clinic talks. */
const naira = (n: number) => Math.round(n * 100);

let clock = 0;
function charge(amountNaira: number, opts: { status?: ChargeStatus; allocated?: number; id?: string } = {}) {
  clock += 1;
  return {
    id: opts.id ?? `c${String(clock).padStart(3, '0')}`,
    amount: naira(amountNaira),
    status: opts.status ?? 'PENDING',
    createdAt: new Date(Date.UTC(2026, 0, 1, 8, 0, clock)),
    allocated: opts.allocated ?? 0,
  } satisfies BillableCharge;
}
const pay = (n: number) => ({ amount: naira(n) });
const hmo = (
  status: VisitInsurance['status'],
  coverage: 'FULL' | { percent: number },
  approvedNaira: number | null = null,
): VisitInsurance => ({
  status,
  coverage: coverage === 'FULL' ? 'FULL' : 'PARTIAL',
  coveragePercent: coverage === 'FULL' ? null : coverage.percent,
  approvedAmount: approvedNaira === null ? null : naira(approvedNaira),
});

describe('billing summary, as the clinic describes it', () => {
  it('a cash visit with a ₦5,000 consultation and nothing paid owes ₦5,000', () => {
    const { summary } = computeBilling({
      charges: [charge(5000)],
      payments: [],
      refunds: [],
      insurance: null,
    });
    expect(summary).toEqual({
      charges: naira(5000),
      waived: 0,
      net: naira(5000),
      hmoCovered: 0,
      hmoPending: 0,
      patientShare: naira(5000),
      paid: 0,
      outstanding: naira(5000),
    });
  });

  it('a visit with no charges owes nothing', () => {
    const { summary, charges } = computeBilling({ charges: [], payments: [], refunds: [], insurance: null });
    expect(summary.charges).toBe(0);
    expect(summary.outstanding).toBe(0);
    expect(charges).toEqual([]);
  });

  it('a voided ₦2,000 lab test counts nowhere, not even as waived', () => {
    const { summary, charges } = computeBilling({
      charges: [charge(5000), charge(2000, { status: 'VOIDED' })],
      payments: [],
      refunds: [],
      insurance: null,
    });
    expect(summary.charges).toBe(naira(5000));
    expect(summary.waived).toBe(0);
    expect(summary.outstanding).toBe(naira(5000));
    expect(charges[1]).toMatchObject({ status: 'VOIDED', hmoShare: 0, patientShare: 0, settled: false });
  });

  it('a waived ₦2,000 registration fee shows in charges and in waived, and is not owed', () => {
    const { summary, charges } = computeBilling({
      charges: [charge(2000, { status: 'WAIVED' }), charge(5000)],
      payments: [],
      refunds: [],
      insurance: null,
    });
    expect(summary).toMatchObject({ charges: naira(7000), waived: naira(2000), net: naira(5000) });
    expect(summary.outstanding).toBe(naira(5000));
    expect(charges[0]).toMatchObject({ status: 'WAIVED', patientShare: 0, settled: true });
  });

  it('paid is payments less refunds, and the patient owes the rest', () => {
    const { summary } = computeBilling({
      charges: [charge(5000)],
      payments: [pay(3000), pay(1000)],
      refunds: [pay(500)],
      insurance: null,
    });
    expect(summary.paid).toBe(naira(3500));
    expect(summary.outstanding).toBe(naira(1500));
  });

  it('paying ₦6,000 on a ₦5,000 bill leaves a ₦1,000 credit (negative outstanding)', () => {
    const { summary, charges } = computeBilling({
      charges: [charge(5000, { allocated: naira(5000) })],
      payments: [pay(6000)],
      refunds: [],
      insurance: null,
    });
    expect(summary.outstanding).toBe(-naira(1000));
    expect(charges[0]).toMatchObject({
      status: 'PAID',
      patientPaid: naira(5000),
      patientDue: 0,
      settled: true,
    });
  });

  describe('HMO cover', () => {
    it('an HMO visit approved for ₦3,000 on ₦5,000 of charges at 100% leaves the patient ₦2,000', () => {
      const { summary } = computeBilling({
        charges: [charge(5000)],
        payments: [],
        refunds: [],
        insurance: hmo('APPROVED', 'FULL', 3000),
      });
      expect(summary).toMatchObject({ hmoCovered: naira(3000), hmoPending: 0, patientShare: naira(2000) });
      expect(summary.outstanding).toBe(naira(2000));
    });

    it('approved for ₦10,000 at 80% on ₦5,000: the HMO pays ₦4,000 and the patient ₦1,000', () => {
      const { summary } = computeBilling({
        charges: [charge(5000)],
        payments: [],
        refunds: [],
        insurance: hmo('APPROVED', { percent: 80 }, 10_000),
      });
      expect(summary).toMatchObject({ hmoCovered: naira(4000), patientShare: naira(1000) });
    });

    it('an approval of ₦0 is zero cover, not unlimited', () => {
      const { summary, charges } = computeBilling({
        charges: [charge(5000)],
        payments: [],
        refunds: [],
        insurance: hmo('APPROVED', 'FULL', 0),
      });
      expect(summary).toMatchObject({ hmoCovered: 0, patientShare: naira(5000) });
      expect(charges[0]).toMatchObject({ hmoShare: 0, patientShare: naira(5000), settled: false });
    });

    it('while authorisation is awaited, the full-cover share is pending and the patient share is 0', () => {
      const { summary, charges } = computeBilling({
        charges: [charge(5000)],
        payments: [],
        refunds: [],
        insurance: hmo('PENDING', 'FULL'),
      });
      expect(summary).toMatchObject({
        hmoCovered: 0,
        hmoPending: naira(5000),
        patientShare: 0,
        outstanding: 0,
      });
      // Nothing for the patient to pay, but the HMO has not said yes: not settled.
      expect(charges[0]).toMatchObject({
        hmoShare: naira(5000),
        patientDue: 0,
        status: 'PENDING',
        settled: false,
      });
    });

    it('a 70% plan awaiting authorisation leaves the patient a 30% co-payment', () => {
      const { summary } = computeBilling({
        charges: [charge(5000)],
        payments: [],
        refunds: [],
        insurance: hmo('PENDING', { percent: 70 }),
      });
      expect(summary).toMatchObject({ hmoPending: naira(3500), patientShare: naira(1500) });
    });

    it('a rejected cover moves the whole bill to the patient', () => {
      const { summary, charges } = computeBilling({
        charges: [charge(5000)],
        payments: [],
        refunds: [],
        insurance: hmo('REJECTED', 'FULL'),
      });
      expect(summary).toMatchObject({ hmoCovered: 0, hmoPending: 0, patientShare: naira(5000) });
      expect(charges[0]?.hmoShare).toBe(0);
    });

    it('HMO-COVER-3: later charges beyond the approved amount fall to the patient, oldest covered first', () => {
      const { summary, charges } = computeBilling({
        charges: [charge(2000), charge(3000), charge(1000)],
        payments: [],
        refunds: [],
        insurance: hmo('APPROVED', 'FULL', 3000),
      });
      expect(summary.hmoCovered).toBe(naira(3000));
      expect(charges.map((c) => [c.hmoShare, c.patientShare])).toEqual([
        [naira(2000), 0],
        [naira(1000), naira(2000)],
        [0, naira(1000)],
      ]);
      expect(charges.map((c) => c.settled)).toEqual([true, false, false]);
    });

    it('a fully covered, approved charge is settled with nothing paid and stays PENDING (no money moved)', () => {
      const { charges } = computeBilling({
        charges: [charge(5000)],
        payments: [],
        refunds: [],
        insurance: hmo('APPROVED', 'FULL', 5000),
      });
      expect(charges[0]).toMatchObject({
        status: 'PENDING',
        hmoShare: naira(5000),
        patientShare: 0,
        settled: true,
      });
    });

    it('on a partial plan the charge is settled once the patient pays their part', () => {
      const unpaid = computeBilling({
        charges: [charge(5000)],
        payments: [],
        refunds: [],
        insurance: hmo('APPROVED', { percent: 80 }, 4000),
      });
      expect(unpaid.charges[0]).toMatchObject({ patientDue: naira(1000), settled: false });
      const paid = computeBilling({
        charges: [charge(5000, { allocated: naira(1000) })],
        payments: [pay(1000)],
        refunds: [],
        insurance: hmo('APPROVED', { percent: 80 }, 4000),
      });
      expect(paid.charges[0]).toMatchObject({ patientDue: 0, status: 'PAID', settled: true });
    });

    it('rounds coverage% × net half up once, on the visit total, and splits it without losing a kobo', () => {
      const { summary, charges } = computeBilling({
        charges: [charge(0.01), charge(0.01), charge(0.01)],
        payments: [],
        refunds: [],
        insurance: hmo('PENDING', { percent: 50 }),
      });
      expect(summary.hmoPending).toBe(2); // 1.5 kobo → 2
      expect(charges.map((c) => c.hmoShare)).toEqual([1, 0, 1]);
      expect(charges.map((c) => c.patientShare)).toEqual([0, 1, 0]);
    });

    it('FULL ignores any stored percentage; PARTIAL needs one', () => {
      expect(coveragePercentOf({ coverage: 'FULL', coveragePercent: 30 })).toBe(100);
      expect(coveragePercentOf({ coverage: 'PARTIAL', coveragePercent: 30 })).toBe(30);
      expect(() => coveragePercentOf({ coverage: 'PARTIAL', coveragePercent: null })).toThrow(MoneyError);
    });

    it('the default approved amount is the HMO share of the current net charges', () => {
      expect(defaultApprovedAmount(naira(5000), { coverage: 'PARTIAL', coveragePercent: 80 })).toBe(
        naira(4000),
      );
      expect(defaultApprovedAmount(naira(5000), { coverage: 'FULL', coveragePercent: null })).toBe(
        naira(5000),
      );
    });
  });

  describe('per-charge payment', () => {
    it('honours what the cashier allocated: paying the lab test first leaves the consultation owing', () => {
      const { charges } = computeBilling({
        charges: [charge(5000), charge(3000, { allocated: naira(3000) })],
        payments: [pay(3000)],
        refunds: [],
        insurance: null,
      });
      expect(charges.map((c) => [c.status, c.patientDue, c.settled])).toEqual([
        ['PENDING', naira(5000), false],
        ['PAID', 0, true],
      ]);
    });

    it('marks a charge with part of its share paid PARTIALLY_PAID and not settled', () => {
      const { charges } = computeBilling({
        charges: [charge(5000, { allocated: naira(2000) })],
        payments: [pay(2000)],
        refunds: [],
        insurance: null,
      });
      expect(charges[0]).toMatchObject({
        status: 'PARTIALLY_PAID',
        patientPaid: naira(2000),
        patientDue: naira(3000),
      });
      expect(charges[0]?.settled).toBe(false);
    });

    it('a refund unpays the newest charges first', () => {
      const { charges, summary } = computeBilling({
        charges: [charge(2000, { allocated: naira(2000) }), charge(3000, { allocated: naira(3000) })],
        payments: [pay(5000)],
        refunds: [pay(1000)],
        insurance: null,
      });
      expect(summary.outstanding).toBe(naira(1000));
      expect(charges.map((c) => [c.status, c.patientDue])).toEqual([
        ['PAID', 0],
        ['PARTIALLY_PAID', naira(1000)],
      ]);
    });

    it('money freed by a top-up settles the next charge without a new payment', () => {
      // The patient paid ₦2,000 for a charge beyond the approval; a top-up then covers it,
      // and that money pays the ₦1,500 co-pay of the next charge, leaving ₦500 credit.
      const { charges, summary } = computeBilling({
        charges: [charge(3000), charge(2000, { allocated: naira(2000) }), charge(1500)],
        payments: [pay(2000)],
        refunds: [],
        insurance: hmo('APPROVED', 'FULL', 5000),
      });
      expect(summary).toMatchObject({
        hmoCovered: naira(5000),
        patientShare: naira(1500),
        outstanding: -naira(500),
      });
      expect(charges.map((c) => [c.patientShare, c.patientPaid, c.settled])).toEqual([
        [0, 0, true],
        [0, 0, true],
        [naira(1500), naira(1500), true],
      ]);
    });

    it('a rejection after a co-payment turns the paid charge back to PARTIALLY_PAID', () => {
      const { charges } = computeBilling({
        charges: [charge(5000, { status: 'PAID', allocated: naira(1000) })],
        payments: [pay(1000)],
        refunds: [],
        insurance: hmo('REJECTED', { percent: 80 }),
      });
      expect(charges[0]).toMatchObject({ status: 'PARTIALLY_PAID', patientDue: naira(4000), settled: false });
    });

    it('lists charges oldest first whatever order they are given in (id breaks a timestamp tie)', () => {
      const at = new Date(Date.UTC(2026, 0, 1));
      const a = { id: 'a', amount: 100, status: 'PENDING' as const, createdAt: at, allocated: 0 };
      const b = { ...a, id: 'b' };
      const early = { ...a, id: 'z', createdAt: new Date(at.getTime() - 1000) };
      const { charges } = computeBilling({
        charges: [b, a, early],
        payments: [],
        refunds: [],
        insurance: null,
      });
      expect(charges.map((c) => c.id)).toEqual(['z', 'a', 'b']);
    });
  });

  describe('refuses inputs that cannot come from a consistent ledger', () => {
    const base = { charges: [charge(100)], payments: [], refunds: [], insurance: null };
    it.each([
      ['refunds above payments', { ...base, payments: [pay(1)], refunds: [pay(2)] }],
      ['a fractional amount', { ...base, charges: [{ ...charge(100), amount: 10.5 }] }],
      ['a negative payment', { ...base, payments: [{ amount: -1 }] }],
      ['an approval without its amount', { ...base, insurance: hmo('APPROVED', 'FULL', null) }],
      ['the same charge twice', { ...base, charges: [charge(1, { id: 'x' }), charge(2, { id: 'x' })] }],
    ])('%s', (_label, input) => {
      expect(() => computeBilling(input)).toThrow(MoneyError);
    });
  });
});
