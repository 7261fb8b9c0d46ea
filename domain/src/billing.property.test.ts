import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BillableCharge,
  type BillingInput,
  computeBilling,
  type VisitInsurance,
} from './billing-summary';
import { allocatePayment } from './payment-allocation';
import { isCleared, visitPaymentStatus } from './visit-payment-status';

// Small amounts find rounding and tie edges; large ones find overflow and cap edges.
const amountArb = fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 50_000_000 }));

const chargesArb: fc.Arbitrary<BillableCharge[]> = fc
  .array(
    fc.record({
      amount: amountArb,
      status: fc.constantFrom('PENDING', 'PENDING', 'PENDING', 'PARTIALLY_PAID', 'PAID', 'WAIVED', 'VOIDED'),
      // A narrow range of seconds makes timestamp ties (same transaction) common.
      second: fc.integer({ min: 0, max: 5 }),
      allocated: amountArb,
    }),
    { maxLength: 8 },
  )
  .map((rows) =>
    rows.map((r, i) => ({
      id: `charge-${String.fromCharCode(97 + ((i * 7) % 26))}${i}`,
      amount: r.amount,
      status: r.status,
      createdAt: new Date(Date.UTC(2026, 0, 1, 8, 0, r.second)),
      allocated: r.allocated,
    })),
  );

const insuranceArb: fc.Arbitrary<VisitInsurance | null> = fc.option(
  fc.record({
    status: fc.constantFrom('PENDING', 'APPROVED', 'REJECTED'),
    coverage: fc.constantFrom('FULL', 'PARTIAL'),
    coveragePercent: fc.integer({ min: 1, max: 99 }),
    approvedAmount: fc.oneof(fc.constant(0), amountArb, fc.integer({ min: 0, max: 400_000_000 })),
  }),
  { freq: 3 },
);

const ledgerArb = fc
  .record({ payments: fc.array(amountArb, { maxLength: 6 }), refunds: fc.array(amountArb, { maxLength: 3 }) })
  .map(({ payments, refunds }) => {
    // Refunds never exceed what was paid (the server refuses that), so keep the ones that fit.
    let room = payments.reduce((a, b) => a + b, 0);
    const fitting = refunds.filter((r) => {
      if (r > room) return false;
      room -= r;
      return true;
    });
    return {
      payments: payments.map((amount) => ({ amount })),
      refunds: fitting.map((amount) => ({ amount })),
    };
  });

const inputArb: fc.Arbitrary<BillingInput> = fc
  .record({ charges: chargesArb, insurance: insuranceArb, ledger: ledgerArb })
  .map(({ charges, insurance, ledger }) => ({ charges, insurance, ...ledger }));

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The exact value of percent% × amount rounded half up, computed another way than the code does. */
function roundHalfUpPercent(amount: number, percent: number): number {
  const hundredths = amount * percent;
  const rest = hundredths % 100;
  return (hundredths - rest) / 100 + (rest >= 50 ? 1 : 0);
}

describe('billing summary properties', () => {
  it('never produces a negative amount except outstanding (a credit)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { summary, charges } = computeBilling(input);
        const { outstanding: _credit, ...rest } = summary;
        for (const [key, value] of Object.entries(rest)) expect(value, key).toBeGreaterThanOrEqual(0);
        for (const c of charges) {
          for (const key of ['hmoShare', 'patientShare', 'patientPaid', 'patientDue'] as const) {
            expect(c[key], key).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('BILL-SUM-1: always reconciles: charges = waived + hmoCovered + hmoPending + paid + outstanding', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const s = computeBilling(input).summary;
        expect(s.waived + s.hmoCovered + s.hmoPending + s.paid + s.outstanding).toBe(s.charges);
        expect(s.net).toBe(s.charges - s.waived);
        expect(s.patientShare).toBe(s.net - s.hmoCovered - s.hmoPending);
        expect(s.outstanding).toBe(s.patientShare - s.paid);
        expect(s.paid).toBe(
          sum(input.payments.map((p) => p.amount)) - sum(input.refunds.map((r) => r.amount)),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('BILL-SUM-1: follows each term of the formula', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const s = computeBilling(input).summary;
        const counted = input.charges.filter((c) => c.status !== 'VOIDED');
        expect(s.charges).toBe(sum(counted.map((c) => c.amount)));
        expect(s.waived).toBe(sum(counted.filter((c) => c.status === 'WAIVED').map((c) => c.amount)));
        const ins = input.insurance;
        const percent = ins === null ? 0 : ins.coverage === 'FULL' ? 100 : (ins.coveragePercent ?? 0);
        const share = roundHalfUpPercent(s.net, percent);
        expect(s.hmoCovered).toBe(ins?.status === 'APPROVED' ? Math.min(ins.approvedAmount ?? 0, share) : 0);
        expect(s.hmoPending).toBe(ins?.status === 'PENDING' ? share : 0);
      }),
      { numRuns: 500 },
    );
  });

  it('splits every total over the charges exactly', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { summary: s, charges } = computeBilling(input);
        const counted = charges.filter((c) => c.status !== 'VOIDED');
        expect(charges).toHaveLength(input.charges.length);
        expect(sum(counted.map((c) => c.amount))).toBe(s.charges);
        expect(sum(charges.map((c) => c.hmoShare))).toBe(s.hmoCovered + s.hmoPending);
        expect(sum(charges.map((c) => c.patientShare))).toBe(s.patientShare);
        expect(sum(charges.map((c) => c.patientPaid))).toBe(Math.min(s.paid, s.patientShare));
        expect(sum(charges.map((c) => c.patientDue))).toBe(Math.max(s.outstanding, 0));
        for (const c of charges) {
          const active = c.status !== 'WAIVED' && c.status !== 'VOIDED';
          expect(c.hmoShare + c.patientShare).toBe(active ? c.amount : 0);
          expect(c.patientPaid + c.patientDue).toBe(c.patientShare);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('uses the approved amount up oldest first', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        if (input.insurance?.status !== 'APPROVED') return;
        const capped = computeBilling(input).charges;
        const uncapped = computeBilling({
          ...input,
          insurance: { ...input.insurance, approvedAmount: Number.MAX_SAFE_INTEGER },
        }).charges;
        let shortfall = false;
        capped.forEach((c, i) => {
          const full = uncapped[i]?.hmoShare ?? 0;
          if (shortfall) expect(c.hmoShare).toBe(0);
          expect(c.hmoShare).toBeLessThanOrEqual(full);
          if (c.hmoShare < full) shortfall = true;
        });
      }),
      { numRuns: 300 },
    );
  });

  it('settles a charge exactly when it is waived, or its patient part is paid and any HMO part approved', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const approved = input.insurance?.status === 'APPROVED';
        for (const c of computeBilling(input).charges) {
          const expected =
            c.status === 'WAIVED' ||
            (c.status !== 'VOIDED' && c.patientDue === 0 && (c.hmoShare === 0 || approved));
          expect(c.settled).toBe(expected);
          if (c.status !== 'WAIVED' && c.status !== 'VOIDED') {
            const money = c.patientPaid === 0 ? 'PENDING' : c.patientDue === 0 ? 'PAID' : 'PARTIALLY_PAID';
            expect(c.status).toBe(money);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order the charges are listed in', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray([...input.charges], {
              minLength: input.charges.length,
              maxLength: input.charges.length,
            }),
          ),
        ),
        ([input, shuffled]) => {
          expect(computeBilling({ ...input, charges: shuffled })).toEqual(computeBilling(input));
        },
      ),
    );
  });
});

describe('visit payment status table, for every combination', () => {
  it('BILL-STATUS-1: holds each row’s meaning and clears exactly the cleared rows', () => {
    fc.assert(
      fc.property(inputArb, fc.boolean(), (input, remitted) => {
        const { summary: s, charges } = computeBilling(input);
        const insurance = input.insurance?.status ?? null;
        const status = visitPaymentStatus(s, insurance, remitted);
        const owes = s.outstanding > 0;
        switch (status) {
          case 'UNPAID':
            expect(owes && s.paid === 0 && insurance !== 'PENDING').toBe(true);
            break;
          case 'PARTIALLY_PAID':
            expect(owes && s.paid > 0 && insurance !== 'PENDING').toBe(true);
            break;
          case 'PAID':
            expect(s.net === 0 || (!owes && insurance !== 'PENDING' && s.hmoCovered === 0)).toBe(true);
            break;
          case 'INSURANCE_PENDING':
            expect(insurance === 'PENDING' && s.net > 0).toBe(true);
            break;
          case 'INSURANCE_CLAIMED':
            expect(insurance === 'APPROVED' && s.hmoCovered > 0 && !owes && !remitted).toBe(true);
            break;
          case 'SETTLED':
            expect(insurance === 'APPROVED' && s.hmoCovered > 0 && !owes && remitted).toBe(true);
            break;
        }
        const cleared = s.net === 0 || (!owes && insurance !== 'PENDING');
        expect(isCleared(status)).toBe(cleared);
        // A cleared visit has every charge settled; with no cover pending, the converse holds too.
        const allSettled = charges.every((c) => c.status === 'VOIDED' || c.settled);
        if (cleared) expect(allSettled).toBe(true);
        if (allSettled && insurance !== 'PENDING') expect(cleared).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('payment allocation properties', () => {
  const dueArb = fc
    .array(fc.record({ due: amountArb, second: fc.integer({ min: 0, max: 3 }) }), { maxLength: 8 })
    .map((rows) =>
      rows.map((r, i) => ({
        id: `c${i}`,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, r.second)),
        patientDue: r.due,
      })),
    );

  it('never over-pays a charge, and allocations plus leftover equal the payment', () => {
    fc.assert(
      fc.property(dueArb, amountArb, fc.array(fc.nat({ max: 9 })), (charges, amount, picks) => {
        const picked = picks.map((i) => `c${i}`);
        const { allocations, leftover } = allocatePayment(charges, amount, picked);
        const totalDue = sum(charges.map((c) => c.patientDue));
        expect(sum(allocations.map((a) => a.amount)) + leftover).toBe(amount);
        expect(leftover).toBe(Math.max(0, amount - totalDue));
        expect(new Set(allocations.map((a) => a.chargeId)).size).toBe(allocations.length);
        for (const a of allocations) {
          expect(a.amount).toBeGreaterThan(0);
          expect(a.amount).toBeLessThanOrEqual(charges.find((c) => c.id === a.chargeId)?.patientDue ?? 0);
        }
        // Picked charges are filled before any other charge gets money.
        const pickedSet = new Set(picked);
        if (allocations.some((a) => !pickedSet.has(a.chargeId))) {
          for (const c of charges.filter((x) => pickedSet.has(x.id))) {
            const got = allocations.find((a) => a.chargeId === c.id)?.amount ?? 0;
            expect(got).toBe(c.patientDue);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('payment arrival order', () => {
  type Payment = { amount: number; picks: number[] };

  /** Posts payments one by one as the server would, then refunds a share of what was applied. */
  function simulate(
    charges: BillableCharge[],
    insurance: VisitInsurance | null,
    payments: Payment[],
    refundPercent: number,
  ) {
    const allocated = new Map(charges.map((c) => [c.id, 0]));
    const applied: { amount: number }[] = [];
    let wallet = 0;
    const bill = (refunds: { amount: number }[]) =>
      computeBilling({
        charges: charges.map((c) => ({ ...c, allocated: allocated.get(c.id) ?? 0 })),
        payments: applied,
        refunds,
        insurance,
      });
    for (const p of payments) {
      const picked = p.picks.map((i) => charges[i % Math.max(charges.length, 1)]?.id ?? 'none');
      const { allocations, leftover } = allocatePayment(bill([]).charges, p.amount, picked);
      for (const a of allocations) allocated.set(a.chargeId, (allocated.get(a.chargeId) ?? 0) + a.amount);
      applied.push({ amount: p.amount - leftover });
      wallet += leftover;
    }
    const appliedTotal = sum(applied.map((a) => a.amount));
    const refund = Math.floor((appliedTotal * refundPercent) / 100);
    const result = bill(refund > 0 ? [{ amount: refund }] : []);
    return {
      summary: result.summary,
      status: visitPaymentStatus(result.summary, insurance?.status ?? null, false),
      wallet,
      everyChargeSettled: result.charges.every((c) => c.status === 'VOIDED' || c.settled),
    };
  }

  it('gives the same totals, wallet credit, status and settlement in any order', () => {
    const chargesNoMoney = chargesArb.map((cs) =>
      cs.map(
        (c): BillableCharge => ({
          ...c,
          allocated: 0,
          status: c.status === 'WAIVED' || c.status === 'VOIDED' ? c.status : 'PENDING',
        }),
      ),
    );
    const paymentsArb = fc.array(
      fc.record({ amount: amountArb, picks: fc.array(fc.nat({ max: 7 }), { maxLength: 3 }) }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(
        chargesNoMoney,
        insuranceArb,
        paymentsArb.chain((ps) =>
          fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length })),
        ),
        fc.integer({ min: 0, max: 100 }),
        (charges, insurance, [payments, reordered], refundPercent) => {
          expect(simulate(charges, insurance, reordered, refundPercent)).toEqual(
            simulate(charges, insurance, payments, refundPercent),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
