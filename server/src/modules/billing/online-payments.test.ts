import { createHmac } from 'node:crypto';
import type { ErrorBody } from '@modern-emr/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../test/expect-refusal';
import { createTestApp, type LoggedIn, loginAs, type TestApp } from '../../../test/test-app';
import { ENGINE } from '../../../test/test-database';
import { queryRows } from '../../db/rows';
import { visits } from '../visit-records';
import { insertPatient, insertVisitWithCharges } from '../wallet/testing';
import { onlinePayments, payments } from './billing.schema';
import type { OnlinePaymentView } from './online-payment.types';

const SECRET = 'sk_test_7b1f0c9e4d2a8b6c3e5f7a9d1c3b5e7f';
const WEBHOOK = '/api/v1/payments/webhooks/paystack';

let t: TestApp;
let cashier: LoggedIn;
beforeAll(async () => {
  t = await createTestApp({ env: { PAYSTACK_SECRET_KEY: SECRET } });
  cashier = await loginAs(t, 'CASHIER');
});
afterAll(() => t.close());

/** A visit owing 5,000 + 3,000 naira. */
async function billedVisit() {
  const patient = await insertPatient(t.database.db);
  return insertVisitWithCharges(t.database.db, {
    patientId: patient.id,
    openedBy: cashier.id,
    amounts: [500_000, 300_000],
  });
}

async function initialise(visitId: string, amount: number) {
  return t.api.post<OnlinePaymentView & ErrorBody>(
    `/api/v1/visits/${visitId}/online-payments`,
    { amount },
    { token: cashier.token },
  );
}

function chargeSuccess(reference: string, amount: number, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    event: 'charge.success',
    data: {
      id: 4_099_260_516,
      domain: 'test',
      status: 'success',
      reference,
      amount,
      currency: 'NGN',
      channel: 'card',
      paid_at: '2026-03-14T09:31:00.000Z',
      gateway_response: 'Successful',
      customer: { email: 'adaeze.okafor@example.ng', first_name: 'Adaeze', last_name: 'Okafor' },
      authorization: { last4: '4081', bank: 'TEST BANK' },
      ...extra,
    },
  });
}

const sign = (raw: string, secret = SECRET) => createHmac('sha512', secret).update(raw).digest('hex');
const flipLastDigit = (hex: string) => hex.slice(0, -1) + (hex.endsWith('0') ? '1' : '0');

async function deliver(raw: string, signature: string | null = sign(raw), app = t) {
  const res = await app.app.inject({
    method: 'POST',
    url: WEBHOOK,
    payload: raw,
    headers: {
      'content-type': 'application/json',
      ...(signature === null ? {} : { 'x-paystack-signature': signature }),
    },
  });
  return { status: res.statusCode, body: res.json() as { received?: boolean } & Partial<ErrorBody> };
}

async function paymentsOf(visitId: string) {
  return t.database.db.select().from(payments).where(eq(payments.visitId, visitId));
}

async function visitRow(visitId: string) {
  const [row] = await t.database.db.select().from(visits).where(eq(visits.id, visitId));
  if (!row) throw new Error('visit missing');
  return row;
}

async function onlineRow(reference: string) {
  const [row] = await t.database.db
    .select()
    .from(onlinePayments)
    .where(eq(onlinePayments.reference, reference));
  if (!row) throw new Error('online payment missing');
  return row;
}

describe('initialising an online payment', () => {
  it('creates an INITIALISED transaction with a unique reference and moves no money', async () => {
    const visit = await billedVisit();
    const a = await initialise(visit.visitId, 800_000);
    const b = await initialise(visit.visitId, 300_000);
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({
      visitId: visit.visitId,
      amount: 800_000,
      currency: 'NGN',
      status: 'INITIALISED',
      authorizationUrl: null,
    });
    expect(a.body.reference).toMatch(/^EMR-[0-9a-f]{40}$/);
    expect(b.body.reference).not.toBe(a.body.reference);
    expect(await paymentsOf(visit.visitId)).toEqual([]);
    expect((await visitRow(visit.visitId)).paymentStatus).toBe('UNPAID');
    const [audit] = await queryRows<{ n: string }>(
      t.database.db,
      sql`select count(*)::text as n from audit_log where action = 'online_payment.initialise' and visit_id = ${visit.visitId}`,
    );
    expect(Number(audit?.n)).toBe(2);
  });

  it('refuses bad amounts, unknown and closed visits, and anyone but a cashier', async () => {
    const visit = await billedVisit();
    for (const amount of [0, -1, 1.5, '100']) {
      const res = await initialise(visit.visitId, amount as number);
      expect(res.status, String(amount)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await initialise(crypto.randomUUID(), 100)).status).toBe(404);
    const path = `/api/v1/visits/${visit.visitId}/online-payments`;
    expect((await t.api.post(path, { amount: 100 }, { roles: ['DOCTOR'] })).status).toBe(403);
    expect((await t.api.post(path, { amount: 100 }, { roles: ['PATIENT'] })).status).toBe(403);
    expect((await t.api.post(path, { amount: 100 })).status).toBe(401);

    await t.database.db
      .update(visits)
      .set({ status: 'CLOSED', closedAt: new Date() })
      .where(eq(visits.id, visit.visitId));
    const closed = await initialise(visit.visitId, 100);
    expectRefusal(closed, 'VISIT_CLOSED');
  });
});

describe('the signed webhook', () => {
  it('BILL-PAY-2: refuses a missing signature with 400 and a wrong one with 401, recording nothing', async () => {
    const visit = await billedVisit();
    const { reference } = (await initialise(visit.visitId, 800_000)).body;
    const raw = chargeSuccess(reference, 800_000);

    const missing = await deliver(raw, null);
    expect(missing.status).toBe(400);
    expect(missing.body.error?.code).toBe('BAD_REQUEST');
    for (const signature of [
      sign(raw, 'sk_test_someone_else_entirely_00000000'),
      sign(`${raw} `), // signed over different bytes
      flipLastDigit(sign(raw)),
      'deadbeef',
      'not-even-hex',
    ]) {
      const res = await deliver(raw, signature);
      expect(res.status, signature).toBe(401);
      expect(res.body.error?.code).toBe('INVALID_SIGNATURE');
    }
    // The signature covers the exact bytes: the same event re-serialised with other spacing fails.
    const reformatted = JSON.stringify(JSON.parse(raw), null, 2);
    expect((await deliver(reformatted, sign(raw))).status).toBe(401);

    expect(await paymentsOf(visit.visitId)).toEqual([]);
    expect((await onlineRow(reference)).status).toBe('INITIALISED');
  });

  it('records the payment once, clears the visit, and ignores the gateway retrying it', async () => {
    const visit = await billedVisit();
    const { reference } = (await initialise(visit.visitId, 800_000)).body;
    const raw = chargeSuccess(reference, 800_000);

    const first = await deliver(raw);
    expect(first).toEqual({ status: 200, body: { received: true } });
    const [payment, ...others] = await paymentsOf(visit.visitId);
    expect(others).toEqual([]);
    expect(payment).toMatchObject({
      method: 'ONLINE',
      amountMinor: 800_000,
      appliedMinor: 800_000,
      walletCreditMinor: 0,
      reference,
      cashierId: null,
      shiftId: null,
    });
    expect(payment?.receiptNumber).toMatch(/^RCT-\d{4}-\d{6}$/);
    expect(await visitRow(visit.visitId)).toMatchObject({ paymentStatus: 'PAID', outstandingMinor: 0 });
    const stored = await onlineRow(reference);
    expect(stored).toMatchObject({ status: 'SUCCEEDED', paymentId: payment?.id });
    // Only ids and money are kept from the payload, never the customer's details.
    expect(JSON.stringify(stored.gatewayPayload)).not.toContain('Okafor');
    expect(JSON.stringify(stored.gatewayPayload)).toContain('"channel":"card"');

    const allocations = await queryRows<{ amount_minor: string }>(
      t.database.db,
      sql`select amount_minor::text from payment_allocations where payment_id = ${payment?.id ?? ''}`,
    );
    expect(allocations.map((a) => Number(a.amount_minor)).sort()).toEqual([300_000, 500_000]);

    const retry = await deliver(raw);
    expect(retry.status).toBe(200);
    expect(await paymentsOf(visit.visitId)).toHaveLength(1);

    // The receipt prints like any other, from the gateway rather than a cashier.
    const receipt = await t.app.inject({
      method: 'GET',
      url: `/api/v1/payments/${payment?.id}/receipt.pdf`,
      headers: { authorization: `Bearer ${cashier.token}` },
    });
    expect(receipt.statusCode).toBe(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
  });

  it('pays part of a visit, and sends money beyond what is owed to the wallet', async () => {
    const visit = await billedVisit();
    const part = (await initialise(visit.visitId, 200_000)).body.reference;
    expect((await deliver(chargeSuccess(part, 200_000))).status).toBe(200);
    expect(await visitRow(visit.visitId)).toMatchObject({
      paymentStatus: 'PARTIALLY_PAID',
      outstandingMinor: 600_000,
    });

    const more = (await initialise(visit.visitId, 650_000)).body.reference;
    expect((await deliver(chargeSuccess(more, 650_000))).status).toBe(200);
    const row = (await paymentsOf(visit.visitId)).find((p) => p.reference === more);
    expect(row).toMatchObject({ appliedMinor: 600_000, walletCreditMinor: 50_000 });
    expect(await visitRow(visit.visitId)).toMatchObject({ paymentStatus: 'PAID', outstandingMinor: 0 });
    const wallet = await t.api.get<{ balance: number }>(`/api/v1/patients/${visit.patientId}/wallet`, {
      token: cashier.token,
    });
    expect(wallet.body.balance).toBe(50_000);
  });

  it('marks a payment whose amount or currency differs as FAILED and audits it, taking no money', async () => {
    const visit = await billedVisit();
    const short = (await initialise(visit.visitId, 800_000)).body.reference;
    expect(await deliver(chargeSuccess(short, 100))).toEqual({ status: 200, body: { received: true } });
    expect((await onlineRow(short)).status).toBe('FAILED');
    const dollars = (await initialise(visit.visitId, 800_000)).body.reference;
    expect((await deliver(chargeSuccess(dollars, 800_000, { currency: 'USD' }))).status).toBe(200);
    expect((await onlineRow(dollars)).status).toBe('FAILED');

    expect(await paymentsOf(visit.visitId)).toEqual([]);
    expect((await visitRow(visit.visitId)).paymentStatus).toBe('UNPAID');
    const audit = await queryRows<{ outcome: string; metadata: Record<string, unknown> }>(
      t.database.db,
      sql`select outcome, metadata from audit_log where action = 'online_payment.amount_mismatch'
          and visit_id = ${visit.visitId} order by id`,
    );
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ outcome: 'FAILURE', metadata: { expected: 800_000, received: 100 } });

    // A later event for a failed reference changes nothing: a person reconciles it with the gateway.
    expect((await deliver(chargeSuccess(short, 800_000))).status).toBe(200);
    expect(await paymentsOf(visit.visitId)).toEqual([]);
  });

  it('acknowledges unknown references and other events without acting on them', async () => {
    const unknown = await deliver(chargeSuccess('EMR-not-ours', 5_000));
    expect(unknown).toEqual({ status: 200, body: { received: true } });

    const visit = await billedVisit();
    const { reference } = (await initialise(visit.visitId, 800_000)).body;
    const other = JSON.stringify({ event: 'transfer.success', data: { reference, amount: 800_000 } });
    expect((await deliver(other)).status).toBe(200);
    expect((await onlineRow(reference)).status).toBe('INITIALISED');

    const notJson = '{"event": "charge.success", ';
    expect((await deliver(notJson)).status).toBe(400);
    const wrongShape = JSON.stringify({ event: 'charge.success', data: { amount: 'lots' } });
    expect((await deliver(wrongShape)).status).toBe(400);
  });

  it('credits the wallet when the visit was closed before the gateway confirmed', async () => {
    const visit = await billedVisit();
    const { reference } = (await initialise(visit.visitId, 800_000)).body;
    await t.database.db
      .update(visits)
      .set({ status: 'CLOSED', closedAt: new Date() })
      .where(eq(visits.id, visit.visitId));
    expect((await deliver(chargeSuccess(reference, 800_000))).status).toBe(200);
    expect(await paymentsOf(visit.visitId)).toEqual([]);
    expect((await onlineRow(reference)).status).toBe('SUCCEEDED');
    const wallet = await t.api.get<{
      balance: number;
      transactions: { items: { method: string; receiptNumber: string }[] };
    }>(`/api/v1/patients/${visit.patientId}/wallet`, { token: cashier.token });
    expect(wallet.body.balance).toBe(800_000);
    expect(wallet.body.transactions.items[0]).toMatchObject({
      method: 'ONLINE',
      receiptNumber: expect.stringMatching(/^RCT-/),
    });
  });

  it('answers 503 and starts nothing while the gateway key is not configured', async () => {
    const unconfigured = await createTestApp({ database: t.database });
    try {
      const visit = await billedVisit();
      const raw = chargeSuccess('EMR-anything', 100);
      expect((await deliver(raw, sign(raw), unconfigured)).status).toBe(503);
      const init = await unconfigured.app.inject({
        method: 'POST',
        url: `/api/v1/visits/${visit.visitId}/online-payments`,
        payload: { amount: 100 },
        headers: { authorization: `Bearer ${cashier.token}` },
      });
      expect(init.statusCode).toBe(503);
    } finally {
      await unconfigured.close();
    }
  });
});

describe.skipIf(ENGINE !== 'postgres')('duplicate webhooks on PostgreSQL', () => {
  it('turns ten simultaneous deliveries of one event into exactly one payment', async () => {
    const visit = await billedVisit();
    const { reference } = (await initialise(visit.visitId, 800_000)).body;
    const raw = chargeSuccess(reference, 800_000);
    const results = await Promise.all(Array.from({ length: 10 }, () => deliver(raw)));
    for (const r of results) expect(r.status).toBe(200);
    const rows = await paymentsOf(visit.visitId);
    expect(rows).toHaveLength(1);
    expect(await visitRow(visit.visitId)).toMatchObject({ paymentStatus: 'PAID', outstandingMinor: 0 });
    const [audit] = await queryRows<{ n: string }>(
      t.database.db,
      sql`select count(*)::text as n from audit_log where action = 'payment.create' and visit_id = ${visit.visitId}`,
    );
    expect(Number(audit?.n)).toBe(1);
  });
});
