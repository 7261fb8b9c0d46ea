import { describe, expect, it } from 'vitest';
import {
  chargeReasonRequestSchema,
  insuranceApproveRequestSchema,
  insuranceCoverSchema,
  insuranceRejectRequestSchema,
  paymentRequestSchema,
  refundRequestSchema,
  walletDepositRequestSchema,
} from './billing-requests';

const uuid = '3f2b8c1e-6a7d-4e2f-9b1c-0d5e8f7a6b4c';
const uuid2 = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => i.path.join('.')).sort() ?? [];

describe('payment request', () => {
  it('accepts a cash payment of ₦12,500.50 with picked charges', () => {
    expect(
      paymentRequestSchema.parse({
        amount: 1_250_050,
        method: 'CASH',
        reference: ' T-1 ',
        chargeIds: [uuid],
      }),
    ).toEqual({ amount: 1_250_050, method: 'CASH', reference: 'T-1', chargeIds: [uuid] });
  });

  it('refuses zero, negative, fractional and naira-as-float amounts', () => {
    for (const amount of [0, -100, 12.5, '1000', 1e13]) {
      expect(paymentRequestSchema.safeParse({ amount, method: 'CASH' }).success, String(amount)).toBe(false);
    }
  });

  it('refuses an ONLINE payment posted at the counter and unknown methods', () => {
    expect(paymentRequestSchema.safeParse({ amount: 100, method: 'ONLINE' }).success).toBe(false);
    expect(paymentRequestSchema.safeParse({ amount: 100, method: 'CHEQUE' }).success).toBe(false);
    for (const method of ['CASH', 'POS', 'TRANSFER', 'WALLET']) {
      expect(paymentRequestSchema.safeParse({ amount: 100, method }).success, method).toBe(true);
    }
  });

  it('refuses a charge picked twice or a malformed id', () => {
    expect(
      paths(paymentRequestSchema.safeParse({ amount: 1, method: 'POS', chargeIds: [uuid, uuid] })),
    ).toEqual(['chargeIds']);
    expect(paymentRequestSchema.safeParse({ amount: 1, method: 'POS', chargeIds: ['x'] }).success).toBe(
      false,
    );
    expect(
      paymentRequestSchema.safeParse({ amount: 1, method: 'POS', chargeIds: [uuid, uuid2] }).success,
    ).toBe(true);
  });
});

describe('refund, waive, void and reject requests', () => {
  it('need a reason of at least three characters', () => {
    expect(refundRequestSchema.safeParse({ amount: 500, reason: 'Test not done' }).success).toBe(true);
    expect(paths(refundRequestSchema.safeParse({ amount: 0, reason: ' x ' }))).toEqual(['amount', 'reason']);
    expect(chargeReasonRequestSchema.parse({ reason: '  Staff discount ' })).toEqual({
      reason: 'Staff discount',
    });
    expect(chargeReasonRequestSchema.safeParse({}).success).toBe(false);
    expect(insuranceRejectRequestSchema.safeParse({ reason: 'Plan expired' }).success).toBe(true);
  });
});

describe('insurance cover', () => {
  const base = { providerId: uuid, policyNumber: ' HMO/123 ' };

  it('normalises FULL cover to 100%', () => {
    expect(insuranceCoverSchema.parse({ ...base, coverage: 'FULL' })).toEqual({
      providerId: uuid,
      policyNumber: 'HMO/123',
      coverage: 'FULL',
      coveragePercent: 100,
    });
    expect(
      insuranceCoverSchema.parse({ ...base, coverage: 'FULL', coveragePercent: 100 }).coveragePercent,
    ).toBe(100);
    expect(
      insuranceCoverSchema.parse({ ...base, coverage: 'FULL', coveragePercent: null }).coveragePercent,
    ).toBe(100);
  });

  it('refuses FULL cover with a contradicting percentage', () => {
    expect(paths(insuranceCoverSchema.safeParse({ ...base, coverage: 'FULL', coveragePercent: 80 }))).toEqual(
      ['coveragePercent'],
    );
  });

  it('needs a whole percentage from 1 to 99 for PARTIAL cover', () => {
    expect(
      insuranceCoverSchema.parse({ ...base, coverage: 'PARTIAL', coveragePercent: 80 }).coveragePercent,
    ).toBe(80);
    for (const coveragePercent of [undefined, null, 0, 100, 50.5, -10]) {
      const r = insuranceCoverSchema.safeParse({ ...base, coverage: 'PARTIAL', coveragePercent });
      expect(paths(r), String(coveragePercent)).toEqual(['coveragePercent']);
    }
  });

  it('needs a provider and a policy number', () => {
    expect(paths(insuranceCoverSchema.safeParse({ coverage: 'FULL', policyNumber: '' }))).toEqual([
      'policyNumber',
      'providerId',
    ]);
  });
});

describe('insurance approval', () => {
  it('takes an authorisation code and an optional approved amount, where 0 is zero cover', () => {
    expect(insuranceApproveRequestSchema.parse({ authorizationCode: 'AUTH-1' })).toEqual({
      authorizationCode: 'AUTH-1',
    });
    expect(
      insuranceApproveRequestSchema.parse({ authorizationCode: 'AUTH-1', approvedAmount: 0 }).approvedAmount,
    ).toBe(0);
    expect(
      insuranceApproveRequestSchema.safeParse({ authorizationCode: ' ', approvedAmount: -1 }).success,
    ).toBe(false);
  });
});

describe('wallet deposit', () => {
  it('takes money from outside the wallet only', () => {
    expect(walletDepositRequestSchema.safeParse({ amount: 1_000_000, method: 'TRANSFER' }).success).toBe(
      true,
    );
    expect(walletDepositRequestSchema.safeParse({ amount: 1_000_000, method: 'WALLET' }).success).toBe(false);
    expect(walletDepositRequestSchema.safeParse({ amount: 0, method: 'CASH' }).success).toBe(false);
  });
});
