import { describe, expect, it } from 'vitest';
import { type BillableCharge, computeBilling, type VisitInsurance } from './billing-summary';
import type { ChargeStatus } from './charge-status';
import {
  isCleared,
  VISIT_PAYMENT_STATUSES,
  type VisitPaymentStatus,
  visitPaymentStatus,
} from './visit-payment-status';

const naira = (n: number) => n * 100;
let seq = 0;
function charge(amountNaira: number, status: ChargeStatus = 'PENDING', allocatedNaira = 0): BillableCharge {
  seq += 1;
  return {
    id: `c${seq}`,
    amount: naira(amountNaira),
    status,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)),
    allocated: naira(allocatedNaira),
  };
}
function cover(
  status: VisitInsurance['status'],
  approvedNaira: number | null = null,
  percent?: number,
): VisitInsurance {
  return {
    status,
    coverage: percent === undefined ? 'FULL' : 'PARTIAL',
    coveragePercent: percent ?? null,
    approvedAmount: approvedNaira === null ? null : naira(approvedNaira),
  };
}
function statusOf(
  charges: BillableCharge[],
  paidNaira: number,
  insurance: VisitInsurance | null,
  hmoRemitted = false,
): VisitPaymentStatus {
  const { summary } = computeBilling({
    charges,
    payments: paidNaira > 0 ? [{ amount: naira(paidNaira) }] : [],
    refunds: [],
    insurance,
  });
  return visitPaymentStatus(summary, insurance?.status ?? null, hmoRemitted);
}

describe('visit payment status (domain.md table)', () => {
  describe('UNPAID — the patient owes something and has paid nothing', () => {
    it('a cash visit with a ₦5,000 consultation, nothing paid', () => {
      expect(statusOf([charge(5000)], 0, null)).toBe('UNPAID');
    });
    it('an approved HMO visit whose ₦1,000 co-payment is unpaid', () => {
      expect(statusOf([charge(5000)], 0, cover('APPROVED', 4000, 80))).toBe('UNPAID');
    });
    it('a rejected HMO visit bills as cash', () => {
      expect(statusOf([charge(5000)], 0, cover('REJECTED'))).toBe('UNPAID');
    });
    it('an approval of ₦0 leaves the whole bill to the patient', () => {
      expect(statusOf([charge(5000)], 0, cover('APPROVED', 0))).toBe('UNPAID');
    });
    it('a payment fully refunded is nothing paid', () => {
      const { summary } = computeBilling({
        charges: [charge(5000)],
        payments: [{ amount: naira(5000) }],
        refunds: [{ amount: naira(5000) }],
        insurance: null,
      });
      expect(visitPaymentStatus(summary, null, false)).toBe('UNPAID');
    });
  });

  describe('PARTIALLY_PAID — the patient has paid part of what they owe', () => {
    it('₦2,000 paid on a ₦5,000 cash bill', () => {
      expect(statusOf([charge(5000, 'PENDING', 2000)], 2000, null)).toBe('PARTIALLY_PAID');
    });
    it('₦1,000 paid on ₦2,000 beyond an approval', () => {
      expect(statusOf([charge(5000, 'PENDING', 1000)], 1000, cover('APPROVED', 3000))).toBe('PARTIALLY_PAID');
    });
  });

  describe('PAID — cash visit, nothing owed', () => {
    it('a cash visit paid in full', () => {
      expect(statusOf([charge(5000, 'PENDING', 5000)], 5000, null)).toBe('PAID');
    });
    it('a cash visit overpaid (credit) is still PAID', () => {
      expect(statusOf([charge(5000, 'PENDING', 5000)], 6000, null)).toBe('PAID');
    });
    it('a visit with no charges', () => {
      expect(statusOf([], 0, null)).toBe('PAID');
    });
    it('a cash visit whose every charge was waived', () => {
      expect(statusOf([charge(5000, 'WAIVED')], 0, null)).toBe('PAID');
    });
    it('a visit whose every charge was voided', () => {
      expect(statusOf([charge(5000, 'VOIDED')], 0, null)).toBe('PAID');
    });
    it('an HMO visit awaiting authorisation with nothing billable yet', () => {
      expect(statusOf([], 0, cover('PENDING'))).toBe('PAID');
    });
    it('a rejected HMO visit the patient paid in full', () => {
      expect(statusOf([charge(5000, 'PENDING', 5000)], 5000, cover('REJECTED'))).toBe('PAID');
    });
    it('an approval of ₦0 that the patient paid in full (nothing to claim)', () => {
      expect(statusOf([charge(5000, 'PENDING', 5000)], 5000, cover('APPROVED', 0))).toBe('PAID');
    });
  });

  describe('INSURANCE_PENDING — HMO authorisation awaited', () => {
    it('a full-cover visit with a consultation charge', () => {
      expect(statusOf([charge(5000)], 0, cover('PENDING'))).toBe('INSURANCE_PENDING');
    });
    it('even after the patient paid the 20% co-payment', () => {
      expect(statusOf([charge(5000, 'PENDING', 1000)], 1000, cover('PENDING', null, 80))).toBe(
        'INSURANCE_PENDING',
      );
    });
    it('even when the patient paid everything', () => {
      expect(statusOf([charge(5000, 'PENDING', 5000)], 5000, cover('PENDING'))).toBe('INSURANCE_PENDING');
    });
  });

  describe('INSURANCE_CLAIMED — approved, patient share settled, HMO share claimable', () => {
    it('full cover approved for the whole bill: the patient share is 0', () => {
      expect(statusOf([charge(5000)], 0, cover('APPROVED', 5000))).toBe('INSURANCE_CLAIMED');
    });
    it('80% approved and the patient paid their ₦1,000', () => {
      expect(statusOf([charge(5000, 'PENDING', 1000)], 1000, cover('APPROVED', 4000, 80))).toBe(
        'INSURANCE_CLAIMED',
      );
    });
    it('approved ₦3,000 on ₦5,000 and the patient paid the ₦2,000 above it', () => {
      expect(statusOf([charge(5000, 'PENDING', 2000)], 2000, cover('APPROVED', 3000))).toBe(
        'INSURANCE_CLAIMED',
      );
    });
  });

  describe('SETTLED — approved, patient share settled, and the HMO has remitted', () => {
    it('full cover approved and remitted', () => {
      expect(statusOf([charge(5000)], 0, cover('APPROVED', 5000), true)).toBe('SETTLED');
    });
    it('remittance does not settle a visit while the patient still owes', () => {
      expect(statusOf([charge(5000)], 0, cover('APPROVED', 3000), true)).toBe('UNPAID');
    });
    it('remittance means nothing on a cash visit', () => {
      expect(statusOf([charge(5000, 'PENDING', 5000)], 5000, null, true)).toBe('PAID');
    });
  });

  it('clears PAID, INSURANCE_CLAIMED and SETTLED only', () => {
    const cleared = VISIT_PAYMENT_STATUSES.filter(isCleared);
    expect(cleared).toEqual(['PAID', 'INSURANCE_CLAIMED', 'SETTLED']);
  });
});
