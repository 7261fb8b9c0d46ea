import type { ErrorBody, Page, RefundChanged, RefundView, VisitBillingView } from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../test/expect-refusal';
import { createTestApp, type LoggedIn, loginAs, type TestApp } from '../../../test/test-app';
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

/** Refunds above ₦1,000 wait for an administrator in these tests. */
const THRESHOLD = 100_000;

let t: TestApp;
let cashier: LoggedIn & { shiftId: string };
let admin: LoggedIn;
let fee: ServiceRow;

beforeAll(async () => {
  t = await createTestApp();
  cashier = await cashierOnShift(t);
  admin = await loginAs(t, 'ADMIN');
  fee = await createService(t, 500_000);
  const set = await t.api.patch(
    '/api/v1/settings',
    { refundApprovalThresholdMinor: THRESHOLD },
    { token: admin.token },
  );
  if (set.status !== 200) throw new Error(`settings: ${set.status} ${set.text}`);
});
afterAll(() => t.close());

function refund<T = RefundChanged>(
  paymentId: string,
  body: { amount: number; reason: string },
  options: { token?: string; key?: string | null } = {},
) {
  const key = options.key === undefined ? crypto.randomUUID() : options.key;
  return t.api.post<T>(`/api/v1/payments/${paymentId}/refund`, body, {
    token: options.token ?? cashier.token,
    headers: key === null ? {} : { 'idempotency-key': key },
  });
}

/** A fresh cash visit with one ₦5,000 charge paid in full; returns the payment. */
async function paidVisit(method: 'CASH' | 'WALLET' = 'CASH') {
  const opened = await openVisit(t);
  const [chargeId] = await addCharges(t, opened.visitId, [{ service: fee }]);
  if (method === 'WALLET') {
    await t.database.db.execute(
      sql`insert into wallets (patient_id, balance_minor) values (${opened.patientId}, 500000)`,
    );
  }
  const paid = await postPayment(t, cashier.token, opened.visitId, { amount: 500_000, method });
  if (paid.status !== 201) throw new Error(`payment: ${paid.status} ${paid.text}`);
  return { ...opened, chargeId, payment: paid.body };
}

const billing = (visitId: string) =>
  t.api.get<VisitBillingView>(`/api/v1/visits/${visitId}/billing`, { token: cashier.token });

async function refundRow(id: string) {
  const rows = await queryRows<{ shift_id: string | null; decided_by: string | null }>(
    t.database.db,
    sql`select shift_id, decided_by from refunds where id = ${id}`,
  );
  return rows[0];
}

describe('refunds at or below the threshold', () => {
  it('BILL-REFUND-1: complete at once with a refund number, from the cashier’s shift, and unpay the charge', async () => {
    const { visitId, chargeId, payment } = await paidVisit();
    const res = await refund(payment.id, { amount: THRESHOLD, reason: 'Test not done' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      paymentId: payment.id,
      visitId,
      receiptNumber: payment.receiptNumber,
      method: 'CASH',
      amount: THRESHOLD,
      status: 'COMPLETED',
      requestedByName: 'Test CASHIER',
      decidedByName: null,
      visit: { paymentStatus: 'PARTIALLY_PAID', paymentCleared: false, outstanding: THRESHOLD },
    });
    expect(res.body.refundNumber).toMatch(/^RFD-\d{4}-\d{6}$/);
    expect(res.body.decidedAt).not.toBeNull();
    expect(await refundRow(res.body.id)).toEqual({ shift_id: cashier.shiftId, decided_by: null });

    const view = await billing(visitId);
    expect(view.body.summary).toMatchObject({ paid: 400_000, outstanding: THRESHOLD });
    expect(view.body.charges[0]).toMatchObject({
      id: chargeId,
      status: 'PARTIALLY_PAID',
      patientDue: THRESHOLD,
    });
    expect(view.body.payments[0]).toMatchObject({
      refunded: THRESHOLD,
      refundPending: 0,
      refundable: 400_000,
    });
    expect(view.body.refunds.map((r) => r.id)).toEqual([res.body.id]);
    const audit = await queryRows<{ metadata: Record<string, unknown> }>(
      t.database.db,
      sql`select metadata from audit_log where action = 'refund.create' and entity_id = ${res.body.id}`,
    );
    expect(audit[0]?.metadata).toMatchObject({
      status: 'COMPLETED',
      amount: THRESHOLD,
      reason: 'Test not done',
    });
  });

  it('need the cashier’s open shift (the money leaves a till)', async () => {
    const other = await cashierOnShift(t);
    const { payment } = await paidVisit();
    await closeShift(t, other.token);
    const res = await refund<ErrorBody>(
      payment.id,
      { amount: 1_000, reason: 'Overcharged' },
      { token: other.token },
    );
    expectRefusal(res, 'SHIFT_NOT_OPEN');
  });

  it('return a WALLET payment to the wallet instead of the till', async () => {
    const { patientId, payment } = await paidVisit('WALLET');
    const res = await refund(payment.id, { amount: 40_000, reason: 'Drug out of stock' });
    expect(res.status).toBe(201);
    const entries = await queryRows<{ kind: string; amount_minor: string; balance_after_minor: string }>(
      t.database.db,
      sql`select kind, amount_minor::text, balance_after_minor::text from wallet_entries
          where patient_id = ${patientId} order by created_at, balance_after_minor`,
    );
    expect(entries.map((e) => [e.kind, e.amount_minor, e.balance_after_minor])).toEqual([
      ['VISIT_PAYMENT', '-500000', '0'],
      ['REFUND', '40000', '40000'],
    ]);
  });
});

describe('refunds above the threshold', () => {
  it('wait for an administrator, count nowhere, then complete from the requester’s shift', async () => {
    const { visitId, payment } = await paidVisit();
    const asked = await refund(payment.id, { amount: 300_000, reason: 'Patient left before the scan' });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      status: 'PENDING_APPROVAL',
      refundNumber: null,
      decidedAt: null,
      visit: { paymentStatus: 'PAID', outstanding: 0 },
    });
    expect((await billing(visitId)).body.payments[0]).toMatchObject({
      refundPending: 300_000,
      refundable: 200_000,
    });

    const queue = await t.api.get<Page<RefundView>>('/api/v1/refunds?status=PENDING_APPROVAL', {
      token: admin.token,
    });
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((r) => r.id)).toContain(asked.body.id);
    expect((await t.api.get('/api/v1/refunds', { token: cashier.token })).status).toBe(403);

    const approved = await t.api.post<RefundChanged>(
      `/api/v1/refunds/${asked.body.id}/approve`,
      { note: 'Checked with the lab' },
      { token: admin.token },
    );
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'COMPLETED',
      decidedByName: 'Test ADMIN',
      decisionNote: 'Checked with the lab',
      visit: { paymentStatus: 'PARTIALLY_PAID', outstanding: 300_000 },
    });
    expect(approved.body.refundNumber).toMatch(/^RFD-\d{4}-\d{6}$/);
    expect(await refundRow(asked.body.id)).toEqual({ shift_id: cashier.shiftId, decided_by: admin.id });

    const twice = await t.api.post<ErrorBody>(
      `/api/v1/refunds/${asked.body.id}/approve`,
      {},
      { token: admin.token },
    );
    expectRefusal(twice, 'INVALID_TRANSITION');
    const after = await t.api.get<Page<RefundView>>('/api/v1/refunds', { token: admin.token });
    expect(after.body.items.map((r) => r.id)).not.toContain(asked.body.id);
  });

  it('can be asked without an open shift; approval then records no till', async () => {
    const other = await cashierOnShift(t);
    const { payment } = await paidVisit();
    await closeShift(t, other.token);
    const asked = await refund(
      payment.id,
      { amount: 200_000, reason: 'Duplicate payment' },
      { token: other.token },
    );
    expect(asked.status).toBe(201);
    const approved = await t.api.post<RefundChanged>(`/api/v1/refunds/${asked.body.id}/approve`, undefined, {
      token: admin.token,
    });
    expect(approved.status).toBe(200);
    expect((await refundRow(asked.body.id))?.shift_id).toBeNull();
    await openShift(t, other.token);
  });

  it('are rejected with a reason, which frees the amount again', async () => {
    const { visitId, payment } = await paidVisit();
    const asked = await refund(payment.id, { amount: 500_000, reason: 'Wants money back' });
    const rejected = await t.api.post<RefundChanged>(
      `/api/v1/refunds/${asked.body.id}/reject`,
      { reason: 'Service was rendered' },
      { token: admin.token },
    );
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({
      status: 'REJECTED',
      refundNumber: null,
      decisionNote: 'Service was rendered',
      visit: { paymentStatus: 'PAID' },
    });
    expect((await billing(visitId)).body.payments[0]).toMatchObject({
      refunded: 0,
      refundPending: 0,
      refundable: 500_000,
    });
    const cashierTry = await t.api.post(
      `/api/v1/refunds/${asked.body.id}/approve`,
      {},
      { token: cashier.token },
    );
    expect(cashierTry.status).toBe(403);
    const noReason = await t.api.post(`/api/v1/refunds/${asked.body.id}/reject`, {}, { token: admin.token });
    expect(noReason.status).toBe(400);
    expect(
      (await t.api.post(`/api/v1/refunds/${crypto.randomUUID()}/approve`, {}, { token: admin.token })).status,
    ).toBe(404);
  });
});

describe('refund limits and exactly-once', () => {
  it('never refunds more than was applied, counting pending refunds', async () => {
    const { payment } = await paidVisit();
    const tooMuch = await refund<ErrorBody>(payment.id, { amount: 500_001, reason: 'Too much' });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.error).toMatchObject({
      code: 'REFUND_EXCEEDS_PAYMENT',
      details: { refundable: 500_000 },
    });
    expect((await refund(payment.id, { amount: 450_000, reason: 'Most of it' })).body.status).toBe(
      'PENDING_APPROVAL',
    );
    const over = await refund<ErrorBody>(payment.id, { amount: 60_000, reason: 'And more' });
    expect(over.status).toBe(409);
    expect(over.body.error.details).toEqual({ refundable: 50_000 });
    expect((await refund(payment.id, { amount: 50_000, reason: 'The rest' })).status).toBe(201);
  });

  it('does not refund an overpayment’s wallet credit through the payment', async () => {
    const { visitId } = await openVisit(t);
    await addCharges(t, visitId, [{ service: fee }]);
    const paid = await postPayment(t, cashier.token, visitId, { amount: 600_000, method: 'CASH' });
    expect(paid.body.walletCredit).toBe(100_000);
    const res = await refund<ErrorBody>(paid.body.id, { amount: 500_001, reason: 'All of it' });
    expect(res.body.error.details).toEqual({ refundable: 500_000 });
  });

  it('needs an Idempotency-Key and replays a retry instead of refunding twice', async () => {
    const { visitId, payment } = await paidVisit();
    const missing = await refund<ErrorBody>(payment.id, { amount: 1_000, reason: 'Change' }, { key: null });
    expectRefusal(missing, 'IDEMPOTENCY_KEY_REQUIRED');
    const key = crypto.randomUUID();
    const first = await refund(payment.id, { amount: 1_000, reason: 'Change' }, { key });
    const again = await refund(payment.id, { amount: 1_000, reason: 'Change' }, { key });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.text).toBe(first.text);
    expect((await billing(visitId)).body.refunds).toHaveLength(1);
    const other = await refund<ErrorBody>(payment.id, { amount: 2_000, reason: 'Change' }, { key });
    expect(other.status).toBe(422);
  });

  it('refuses refunds on a closed visit and on unknown payments', async () => {
    const { visitId, payment } = await paidVisit();
    await closeVisit(t, visitId);
    const closed = await refund<ErrorBody>(payment.id, { amount: 1_000, reason: 'Late' });
    expectRefusal(closed, 'VISIT_CLOSED');
    expect((await refund(crypto.randomUUID(), { amount: 1_000, reason: 'Nobody' })).status).toBe(404);
  });

  it('numbers completed refunds one after another', async () => {
    const a = await paidVisit();
    const b = await paidVisit();
    const first = await refund(a.payment.id, { amount: 1_000, reason: 'First' });
    const second = await refund(b.payment.id, { amount: 1_000, reason: 'Second' });
    const n = (s: string | null) => Number(s?.slice(-6));
    expect(n(second.body.refundNumber)).toBe(n(first.body.refundNumber) + 1);
  });
});
