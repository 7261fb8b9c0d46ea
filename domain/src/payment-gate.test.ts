import { describe, expect, it } from 'vitest';
import { consultationGate, renderGate } from './payment-gate';
import { VISIT_PAYMENT_STATUSES } from './visit-payment-status';

describe('consultation gate', () => {
  it('lets the doctor start only on a cleared visit', () => {
    for (const paymentStatus of VISIT_PAYMENT_STATUSES) {
      const decision = consultationGate({ paymentStatus, emergency: false });
      const cleared = ['PAID', 'INSURANCE_CLAIMED', 'SETTLED'].includes(paymentStatus);
      expect(decision, paymentStatus).toEqual(
        cleared
          ? { allowed: true, bypassed: false }
          : { allowed: false, code: 'PAYMENT_NOT_CLEARED', paymentStatus },
      );
    }
  });

  it('VISIT-EMERG-1: treats first and bills later on an emergency, flagging the bypass for the audit log', () => {
    expect(consultationGate({ paymentStatus: 'INSURANCE_PENDING', emergency: true })).toEqual({
      allowed: true,
      bypassed: true,
    });
    expect(consultationGate({ paymentStatus: 'PAID', emergency: true })).toEqual({
      allowed: true,
      bypassed: false,
    });
  });
});

describe('render gate', () => {
  it('needs a BEFORE service settled, and lets AFTER services through', () => {
    expect(renderGate({ billTiming: 'BEFORE', chargeSettled: false, emergency: false })).toEqual({
      allowed: false,
      code: 'PAYMENT_NOT_CLEARED',
      reason: 'CHARGE_NOT_SETTLED',
    });
    expect(renderGate({ billTiming: 'BEFORE', chargeSettled: true, emergency: false })).toEqual({
      allowed: true,
      bypassed: false,
    });
    expect(renderGate({ billTiming: 'AFTER', chargeSettled: false, emergency: false })).toEqual({
      allowed: true,
      bypassed: false,
    });
  });

  it('lets an emergency through and says so', () => {
    expect(renderGate({ billTiming: 'BEFORE', chargeSettled: false, emergency: true })).toEqual({
      allowed: true,
      bypassed: true,
    });
  });
});
