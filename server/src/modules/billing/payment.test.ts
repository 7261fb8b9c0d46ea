import type { ErrorBody, PaymentDetail, VisitBillingView } from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../test/expect-refusal';
import { createTestApp, type LoggedIn, type TestApp } from '../../../test/test-app';
import { queryRows } from '../../db/rows';
import {
  addCharges,
  cashierOnShift,
  closeShift,
  closeVisit,
  createService,
  openShift,
  openVisit,
  postPayment,
  type ServiceRow,
} from './testing/fixtures';

let t: TestApp;
let cashier: LoggedIn & { shiftId: string };
let fee: ServiceRow;
let lab: ServiceRow;
let scan: ServiceRow;

beforeAll(async () => {
  t = await createTestApp();
  cashier = await cashierOnShift(t);
  fee = await createService(t, 500_000);
  lab = await createService(t, 250_000);
  scan = await createService(t, 1_000_000);
});
afterAll(() => t.close());

const billing = (visitId: string) =>
  t.api.get<VisitBillingView>(`/api/v1/visits/${visitId}/billing`, { token: cashier.token });

async function walletBalance(patientId: string): Promise<number> {
  const rows = await queryRows<{ balance: string }>(
    t.database.db,
    sql`select balance_minor::text as balance from wallets where patient_id = ${patientId}`,
  );
  return Number(rows[0]?.balance ?? 0);
}

async function count(table: 'payments' | 'payment_allocations', visitId: string) {
  const query =
    table === 'payments'
      ? sql`select count(*)::int as n from payments where visit_id = ${visitId}`
      : sql`select count(*)::int as n from payment_allocations a join payments p on p.id = a.payment_id
            where p.visit_id = ${visitId}`;
  const rows = await queryRows<{ n: number }>(t.database.db, query);
  return rows[0]?.n ?? 0;
}

async function storedKeys(key: string) {
  const rows = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from idempotency_keys where key = ${key}`,
  );
  return rows[0]?.n ?? 0;
}

describe('payments: arithmetic and statuses', () => {
  it('BILL-STATUS-1: moves a cash visit UNPAID → PARTIALLY_PAID → PAID and keeps every total reconciled', async () => {
    const { visitId } = await openVisit(t);
    const [feeId, labId] = await addCharges(t, visitId, [{ service: fee }, { service: lab, quantity: 2 }]);
    const start = await billing(visitId);
    expect(start.body.paymentStatus).toBe('UNPAID');
    expect(start.body.summary).toEqual({
      charges: 1_000_000,
      waived: 0,
      hmoCovered: 0,
      hmoPending: 0,
      patientShare: 1_000_000,
      paid: 0,
      outstanding: 1_000_000,
      net: 1_000_000,
    });

    const part = await postPayment(t, cashier.token, visitId, { amount: 600_000, method: 'CASH' });
    expect(part.status).toBe(201);
    expect(part.body).toMatchObject({
      amount: 600_000,
      applied: 600_000,
      walletCredit: 0,
      method: 'CASH',
      allocations: [
        { chargeId: feeId, amount: 500_000 },
        { chargeId: labId, amount: 100_000 },
      ],
      visit: { id: visitId, paymentStatus: 'PARTIALLY_PAID', paymentCleared: false, outstanding: 400_000 },
    });
    expect(part.body.receiptNumber).toMatch(/^RCT-\d{4}-\d{6}$/);
    const audit = await queryRows<{ user_agent: string | null; metadata: Record<string, unknown> }>(
      t.database.db,
      sql`select user_agent, metadata from audit_log where action = 'payment.create' and entity_id = ${part.body.id}`,
    );
    expect(audit).toEqual([
      {
        user_agent: 'lightMyRequest',
        metadata: {
          receiptNumber: part.body.receiptNumber,
          method: 'CASH',
          amount: 600_000,
          applied: 600_000,
          walletCredit: 0,
          reference: null,
          chargeIds: [feeId, labId],
          paymentStatus: 'PARTIALLY_PAID',
        },
      },
    ]);

    const middle = await billing(visitId);
    expect(middle.body.charges.map((c) => [c.status, c.patientPaid, c.patientDue])).toEqual([
      ['PAID', 500_000, 0],
      ['PARTIALLY_PAID', 100_000, 400_000],
    ]);

    const rest = await postPayment(t, cashier.token, visitId, {
      amount: 400_000,
      method: 'POS',
      reference: 'POS-1',
    });
    expect(rest.status).toBe(201);
    expect(rest.body.visit).toMatchObject({ paymentStatus: 'PAID', paymentCleared: true, outstanding: 0 });

    const end = await billing(visitId);
    expect(end.body.summary).toMatchObject({ paid: 1_000_000, outstanding: 0 });
    expect(end.body.charges.every((c) => c.status === 'PAID' && c.settled)).toBe(true);
    expect(end.body.payments.map((p) => [p.receiptNumber, p.method, p.amount, p.reference])).toEqual([
      [part.body.receiptNumber, 'CASH', 600_000, null],
      [rest.body.receiptNumber, 'POS', 400_000, 'POS-1'],
    ]);
    expect(end.body.payments[0]?.cashierName).toBe(`Test CASHIER`);
    const stored = await queryRows<{ payment_status: string; outstanding_minor: string }>(
      t.database.db,
      sql`select payment_status, outstanding_minor::text from visits where id = ${visitId}`,
    );
    expect(stored[0]).toEqual({ payment_status: 'PAID', outstanding_minor: '0' });
  });

  it('BILL-PAY-1: pays picked charges first, then the rest oldest first', async () => {
    const { visitId } = await openVisit(t);
    const [feeId, labId, scanId] = await addCharges(t, visitId, [
      { service: fee },
      { service: lab },
      { service: scan },
    ]);
    const res = await postPayment(t, cashier.token, visitId, {
      amount: 1_100_000,
      method: 'TRANSFER',
      chargeIds: [scanId ?? '', labId ?? ''],
    });
    expect(res.status).toBe(201);
    // Picked oldest first among themselves (lab, then scan), then the fee with what is left.
    expect(res.body.allocations).toEqual([
      { chargeId: labId, amount: 250_000 },
      { chargeId: scanId, amount: 850_000 },
    ]);
    const view = await billing(visitId);
    expect(view.body.charges.map((c) => [c.id, c.status])).toEqual([
      [feeId, 'PENDING'],
      [labId, 'PAID'],
      [scanId, 'PARTIALLY_PAID'],
    ]);
  });

  it('BILL-OVERPAY-1: puts an overpayment in the wallet and shows it on the payment', async () => {
    const { visitId, patientId } = await openVisit(t);
    await addCharges(t, visitId, [{ service: lab }]);
    const res = await postPayment(t, cashier.token, visitId, { amount: 300_000, method: 'CASH' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ amount: 300_000, applied: 250_000, walletCredit: 50_000 });
    expect(res.body.visit).toMatchObject({ paymentStatus: 'PAID', outstanding: 0 });
    expect(await walletBalance(patientId)).toBe(50_000);
    const entries = await queryRows<{ kind: string; amount_minor: string; payment_id: string }>(
      t.database.db,
      sql`select kind, amount_minor::text, payment_id from wallet_entries where patient_id = ${patientId}`,
    );
    expect(entries).toEqual([{ kind: 'OVERPAYMENT', amount_minor: '50000', payment_id: res.body.id }]);
  });

  it('refuses to take money when nothing is owed (a deposit is the way to give credit)', async () => {
    const { visitId } = await openVisit(t);
    await addCharges(t, visitId, [{ service: lab }]);
    await postPayment(t, cashier.token, visitId, { amount: 250_000, method: 'CASH' });
    const res = await postPayment<ErrorBody>(t, cashier.token, visitId, { amount: 1_000, method: 'CASH' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'AMOUNT_EXCEEDS_OUTSTANDING',
      details: { outstanding: 0 },
    });
    expect(await count('payments', visitId)).toBe(1);
  });

  it('pays from the wallet, never beyond the balance nor beyond what is owed', async () => {
    const { visitId, patientId } = await openVisit(t);
    await addCharges(t, visitId, [{ service: fee }]);
    // 200,000 of credit from an overpayment on an earlier visit of the same patient.
    await t.database.db.execute(
      sql`insert into wallets (patient_id, balance_minor) values (${patientId}, 200000)`,
    );
    const short = await postPayment<ErrorBody>(t, cashier.token, visitId, {
      amount: 300_000,
      method: 'WALLET',
    });
    expectRefusal(short, 'INSUFFICIENT_FUNDS');
    expect(await count('payments', visitId)).toBe(0);

    const ok = await postPayment(t, cashier.token, visitId, { amount: 150_000, method: 'WALLET' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ method: 'WALLET', applied: 150_000, walletCredit: 0 });
    expect(ok.body.visit).toMatchObject({ paymentStatus: 'PARTIALLY_PAID', outstanding: 350_000 });
    expect(await walletBalance(patientId)).toBe(50_000);

    const beyond = await postPayment<ErrorBody>(t, cashier.token, visitId, {
      amount: 400_000,
      method: 'WALLET',
    });
    expect(beyond.status).toBe(409);
    expect(beyond.body.error).toMatchObject({
      code: 'AMOUNT_EXCEEDS_OUTSTANDING',
      details: { outstanding: 350_000 },
    });
  });

  it('bills an HMO visit by shares: the patient pays only the co-payment', async () => {
    const { visitId } = await openVisit(t, {
      coverage: 'PARTIAL',
      coveragePercent: 70,
      status: 'APPROVED',
      approvedMinor: 10_000_000,
    });
    const [scanId] = await addCharges(t, visitId, [{ service: scan }]);
    const before = await billing(visitId);
    expect(before.body.summary).toMatchObject({
      hmoCovered: 700_000,
      patientShare: 300_000,
      outstanding: 300_000,
    });
    expect(before.body.charges[0]).toMatchObject({
      id: scanId,
      hmoShare: 700_000,
      patientShare: 300_000,
      settled: false,
    });
    expect(before.body.paymentStatus).toBe('UNPAID');

    const res = await postPayment(t, cashier.token, visitId, { amount: 300_000, method: 'CASH' });
    expect(res.body.visit).toMatchObject({
      paymentStatus: 'INSURANCE_CLAIMED',
      paymentCleared: true,
      outstanding: 0,
    });
    const after = await billing(visitId);
    expect(after.body.charges[0]).toMatchObject({ status: 'PAID', settled: true, patientPaid: 300_000 });
  });

  it('keeps a pending HMO visit INSURANCE_PENDING after the co-payment', async () => {
    const { visitId } = await openVisit(t, { coverage: 'PARTIAL', coveragePercent: 60 });
    await addCharges(t, visitId, [{ service: fee }]);
    const res = await postPayment(t, cashier.token, visitId, { amount: 200_000, method: 'CASH' });
    expect(res.status).toBe(201);
    expect(res.body.visit).toMatchObject({ paymentStatus: 'INSURANCE_PENDING', outstanding: 0 });
    const view = await billing(visitId);
    expect(view.body.summary).toMatchObject({ hmoPending: 300_000, patientShare: 200_000, paid: 200_000 });
  });
});

describe('payments: refusals', () => {
  it('refuses a closed visit with 409 VISIT_CLOSED', async () => {
    const { visitId } = await openVisit(t);
    await addCharges(t, visitId, [{ service: lab }]);
    await closeVisit(t, visitId);
    const res = await postPayment<ErrorBody>(t, cashier.token, visitId, { amount: 1_000, method: 'CASH' });
    expectRefusal(res, 'VISIT_CLOSED');
  });

  it('MONEY-IDEM-3: a refusal is not stored under its key: a retry is decided afresh, posts once, then replays', async () => {
    const other = await cashierOnShift(t);
    await closeShift(t, other.token);
    const { visitId } = await openVisit(t);
    await addCharges(t, visitId, [{ service: lab }]);
    const key = crypto.randomUUID();
    const body = { amount: 1_000, method: 'CASH' as const };
    const res = await postPayment<ErrorBody>(t, other.token, visitId, body, key);
    expectRefusal(res, 'SHIFT_NOT_OPEN');
    expect(await count('payments', visitId)).toBe(0);
    expect(await storedKeys(key)).toBe(0);
    // Nothing changed, so the retry is refused again: the same answer, decided on today's state.
    const again = await postPayment<ErrorBody>(t, other.token, visitId, body, key);
    expect(again.status).toBe(409);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    // The cause fixed, the same key pays, once; from then on that success is what a retry gets.
    await openShift(t, other.token);
    const paid = await postPayment(t, other.token, visitId, body, key);
    expect(paid.status).toBe(201);
    const replay = await postPayment(t, other.token, visitId, body, key);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.text).toBe(paid.text);
    expect(await count('payments', visitId)).toBe(1);
    expect(await storedKeys(key)).toBe(1);
  });

  it('refuses picked charges of another visit (404) and waived ones (409)', async () => {
    const a = await openVisit(t);
    const b = await openVisit(t);
    const [aCharge] = await addCharges(t, a.visitId, [{ service: lab }]);
    const [bCharge, bWaived] = await addCharges(t, b.visitId, [{ service: lab }, { service: fee }]);
    const foreign = await postPayment<ErrorBody>(t, cashier.token, b.visitId, {
      amount: 1_000,
      method: 'CASH',
      chargeIds: [bCharge ?? '', aCharge ?? ''],
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.details).toEqual({ chargeId: aCharge });

    const waive = await t.api.post(
      `/api/v1/charges/${bWaived}/waive`,
      { reason: 'Hardship case' },
      { token: cashier.token },
    );
    expect(waive.status).toBe(200);
    const waived = await postPayment(t, cashier.token, b.visitId, {
      amount: 1_000,
      method: 'CASH',
      chargeIds: [bWaived ?? ''],
    });
    expect(waived.status).toBe(409);
    expect(await count('payments', b.visitId)).toBe(0);
  });

  it('validates the body: whole positive kobo, a counter method, unique picks', async () => {
    const { visitId } = await openVisit(t);
    for (const bad of [
      { amount: 12.5, method: 'CASH' },
      { amount: 0, method: 'CASH' },
      { amount: 100, method: 'ONLINE' },
      { amount: 100, method: 'CASH', chargeIds: [visitId, visitId] },
    ]) {
      const res = await t.api.post<ErrorBody>(`/api/v1/visits/${visitId}/payments`, bad, {
        token: cashier.token,
        headers: { 'idempotency-key': crypto.randomUUID() },
      });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('answers 404 for an unknown visit and lets only cashiers take money', async () => {
    const missing = await postPayment(t, cashier.token, crypto.randomUUID(), {
      amount: 1_000,
      method: 'CASH',
    });
    expect(missing.status).toBe(404);
    const { visitId } = await openVisit(t);
    for (const role of ['ADMIN', 'RECEPTIONIST', 'DOCTOR'] as const) {
      const res = await t.api.post(
        `/api/v1/visits/${visitId}/payments`,
        { amount: 1_000, method: 'CASH' },
        { roles: [role], headers: { 'idempotency-key': crypto.randomUUID() } },
      );
      expect(res.status, role).toBe(403);
    }
  });
});

describe('payments: exactly once', () => {
  it('needs an Idempotency-Key (400) and takes nothing without one', async () => {
    const { visitId } = await openVisit(t);
    await addCharges(t, visitId, [{ service: lab }]);
    const res = await t.api.post<ErrorBody>(
      `/api/v1/visits/${visitId}/payments`,
      { amount: 1_000, method: 'CASH' },
      { token: cashier.token },
    );
    expectRefusal(res, 'IDEMPOTENCY_KEY_REQUIRED');
    expect(await count('payments', visitId)).toBe(0);
  });

  it('MONEY-IDEM-1, MONEY-IDEM-2: replays a retry with the same key and body: same receipt, one payment, one set of allocations', async () => {
    const { visitId } = await openVisit(t);
    await addCharges(t, visitId, [{ service: fee }, { service: lab }]);
    const key = crypto.randomUUID();
    const body = { amount: 600_000, method: 'CASH' as const };
    const first = await postPayment(t, cashier.token, visitId, body, key);
    const again = await postPayment(t, cashier.token, visitId, body, key);
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.text).toBe(first.text);
    expect(await count('payments', visitId)).toBe(1);
    expect(await count('payment_allocations', visitId)).toBe(2);
    expect((await billing(visitId)).body.summary.paid).toBe(600_000);
  });

  it('MONEY-IDEM-2: refuses the same key with another body, or on another visit, with 422', async () => {
    const a = await openVisit(t);
    const b = await openVisit(t);
    await addCharges(t, a.visitId, [{ service: fee }]);
    await addCharges(t, b.visitId, [{ service: fee }]);
    const key = crypto.randomUUID();
    expect(
      (await postPayment(t, cashier.token, a.visitId, { amount: 1_000, method: 'CASH' }, key)).status,
    ).toBe(201);
    const otherAmount = await postPayment<ErrorBody>(
      t,
      cashier.token,
      a.visitId,
      { amount: 2_000, method: 'CASH' },
      key,
    );
    expectRefusal(otherAmount, 'IDEMPOTENCY_KEY_REUSED');
    const otherVisit = await postPayment(t, cashier.token, b.visitId, { amount: 1_000, method: 'CASH' }, key);
    expect(otherVisit.status).toBe(422);
    expect(await count('payments', a.visitId)).toBe(1);
    expect(await count('payments', b.visitId)).toBe(0);
  });
});

describe('payment detail', () => {
  it('shows a payment with its allocations to billing readers, not to nurses', async () => {
    const { visitId } = await openVisit(t);
    const [feeId] = await addCharges(t, visitId, [{ service: fee }]);
    const paid = await postPayment(t, cashier.token, visitId, { amount: 100_000, method: 'CASH' });
    const res = await t.api.get<PaymentDetail>(`/api/v1/payments/${paid.body.id}`, { roles: ['DOCTOR'] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: paid.body.id,
      receiptNumber: paid.body.receiptNumber,
      applied: 100_000,
      refundable: 100_000,
      allocations: [{ chargeId: feeId, amount: 100_000 }],
      refunds: [],
    });
    expect((await t.api.get(`/api/v1/payments/${paid.body.id}`, { roles: ['NURSE'] })).status).toBe(403);
    expect((await t.api.get(`/api/v1/payments/${crypto.randomUUID()}`, { roles: ['CASHIER'] })).status).toBe(
      404,
    );
  });
});
