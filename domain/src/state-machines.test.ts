import { describe, expect, it } from 'vitest';
import { assertChargeTransition, CHARGE_STATUSES, canTransitionCharge } from './charge-status';
import { assertInsuranceTransition, canTransitionInsurance, INSURANCE_STATUSES } from './insurance-status';
import { InvalidTransitionError } from './transitions';
import { assertVisitTransition, canTransitionVisit } from './visit-status';
import { closeVisitRefusal } from './visits';

describe('charge status', () => {
  it('moves between the money statuses both ways (payments forward, refunds or lost cover back)', () => {
    for (const [from, to] of [
      ['PENDING', 'PARTIALLY_PAID'],
      ['PARTIALLY_PAID', 'PAID'],
      ['PENDING', 'PAID'],
      ['PAID', 'PARTIALLY_PAID'],
      ['PARTIALLY_PAID', 'PENDING'],
    ] as const) {
      expect(canTransitionCharge(from, to), `${from}→${to}`).toEqual({ ok: true });
    }
  });

  it('waives or voids an unpaid charge', () => {
    expect(canTransitionCharge('PENDING', 'WAIVED')).toEqual({ ok: true });
    expect(canTransitionCharge('PENDING', 'VOIDED')).toEqual({ ok: true });
    expect(canTransitionCharge('PENDING', 'WAIVED', { rendered: true })).toEqual({ ok: true });
  });

  it('refuses to void a rendered service', () => {
    expect(canTransitionCharge('PENDING', 'VOIDED', { rendered: true })).toEqual({
      ok: false,
      reason: 'RENDERED',
    });
  });

  it('refuses to waive or void once money is on the charge', () => {
    for (const from of ['PARTIALLY_PAID', 'PAID'] as const) {
      for (const to of ['WAIVED', 'VOIDED'] as const) {
        expect(canTransitionCharge(from, to)).toEqual({ ok: false, reason: 'HAS_PAYMENTS' });
      }
    }
  });

  it('treats WAIVED and VOIDED as final', () => {
    for (const from of ['WAIVED', 'VOIDED'] as const) {
      for (const to of CHARGE_STATUSES) {
        expect(canTransitionCharge(from, to)).toEqual({ ok: false, reason: 'TERMINAL_STATUS' });
      }
    }
  });

  it('refuses a no-op', () => {
    expect(canTransitionCharge('PAID', 'PAID')).toEqual({ ok: false, reason: 'SAME_STATUS' });
  });

  it('throws an INVALID_TRANSITION error with details for the 409', () => {
    expect(() => assertChargeTransition('PENDING', 'VOIDED')).not.toThrow();
    try {
      assertChargeTransition('PAID', 'VOIDED');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidTransitionError);
      const err = e as InvalidTransitionError;
      expect(err.code).toBe('INVALID_TRANSITION');
      expect(err.details).toEqual({ machine: 'CHARGE', from: 'PAID', to: 'VOIDED', reason: 'HAS_PAYMENTS' });
    }
  });
});

describe('visit status', () => {
  it('closes an open visit once and never reopens it', () => {
    expect(canTransitionVisit('OPEN', 'CLOSED')).toEqual({ ok: true });
    expect(canTransitionVisit('CLOSED', 'OPEN')).toEqual({ ok: false, reason: 'VISIT_CLOSED' });
    expect(canTransitionVisit('CLOSED', 'CLOSED')).toEqual({ ok: false, reason: 'VISIT_CLOSED' });
    expect(canTransitionVisit('OPEN', 'OPEN')).toEqual({ ok: false, reason: 'SAME_STATUS' });
    expect(() => assertVisitTransition('CLOSED', 'OPEN')).toThrow(InvalidTransitionError);
  });

  it('lets a doctor close only with a consultation and nothing owed (or a deferral)', () => {
    const ready = {
      status: 'OPEN' as const,
      consultationCompleted: true,
      insuranceStatus: null,
      outstanding: 0,
      balanceDeferred: false,
    };
    expect(closeVisitRefusal(ready)).toBeNull();
    expect(closeVisitRefusal({ ...ready, outstanding: -500 })).toBeNull();
    expect(closeVisitRefusal({ ...ready, consultationCompleted: false })).toBe('CONSULTATION_REQUIRED');
    expect(closeVisitRefusal({ ...ready, outstanding: 1 })).toBe('OUTSTANDING_BALANCE');
    expect(closeVisitRefusal({ ...ready, outstanding: 1, balanceDeferred: true })).toBeNull();
    expect(closeVisitRefusal({ ...ready, status: 'CLOSED' })).toBe('VISIT_CLOSED');
  });
});

describe('insurance status', () => {
  it('approves or rejects a pending cover', () => {
    expect(canTransitionInsurance('PENDING', 'APPROVED')).toEqual({ ok: true });
    expect(canTransitionInsurance('PENDING', 'REJECTED')).toEqual({ ok: true });
  });

  it('never goes back to PENDING', () => {
    expect(canTransitionInsurance('APPROVED', 'PENDING')).toEqual({
      ok: false,
      reason: 'NO_RETURN_TO_PENDING',
    });
    expect(canTransitionInsurance('REJECTED', 'PENDING')).toEqual({
      ok: false,
      reason: 'NO_RETURN_TO_PENDING',
    });
    expect(canTransitionInsurance('PENDING', 'PENDING')).toEqual({ ok: false, reason: 'SAME_STATUS' });
  });

  it('allows a top-up approval only when it raises the approved amount', () => {
    const topUp = (current: number, next: number) =>
      canTransitionInsurance('APPROVED', 'APPROVED', { approvedAmount: { current, next } });
    expect(topUp(300_000, 500_000)).toEqual({ ok: true });
    expect(topUp(0, 1)).toEqual({ ok: true });
    expect(topUp(500_000, 500_000)).toEqual({ ok: false, reason: 'TOP_UP_MUST_RAISE_AMOUNT' });
    expect(topUp(500_000, 300_000)).toEqual({ ok: false, reason: 'TOP_UP_MUST_RAISE_AMOUNT' });
    expect(canTransitionInsurance('APPROVED', 'APPROVED')).toEqual({
      ok: false,
      reason: 'TOP_UP_MUST_RAISE_AMOUNT',
    });
  });

  it('keeps an approval and a rejection final otherwise', () => {
    expect(canTransitionInsurance('APPROVED', 'REJECTED')).toEqual({ ok: false, reason: 'ALREADY_APPROVED' });
    expect(canTransitionInsurance('REJECTED', 'APPROVED')).toEqual({ ok: false, reason: 'TERMINAL_STATUS' });
    expect(canTransitionInsurance('REJECTED', 'REJECTED')).toEqual({ ok: false, reason: 'TERMINAL_STATUS' });
  });

  it('answers every pair (no status is forgotten)', () => {
    for (const from of INSURANCE_STATUSES) {
      for (const to of INSURANCE_STATUSES) {
        const r = canTransitionInsurance(from, to, { approvedAmount: { current: 0, next: 1 } });
        const allowed =
          (from === 'PENDING' && to !== 'PENDING') || (from === 'APPROVED' && to === 'APPROVED');
        expect(r.ok, `${from}→${to}`).toBe(allowed);
      }
    }
    expect(() => assertInsuranceTransition('APPROVED', 'PENDING')).toThrow(/NO_RETURN_TO_PENDING/);
  });
});
