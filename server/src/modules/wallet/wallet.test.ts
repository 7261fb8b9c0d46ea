import type { ErrorBody, WalletDepositCreated, WalletView } from '@modern-emr/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../test/expect-refusal';
import { createTestApp, type LoggedIn, loginAs, type TestApp } from '../../../test/test-app';
import { queryRows } from '../../db/rows';
import { patients } from '../patients';
import { insertPatient, insertVisitWithCharges, openShift } from './testing/billing-fixtures';

let t: TestApp;
let cashier: LoggedIn;
beforeAll(async () => {
  t = await createTestApp();
  cashier = await loginAs(t, 'CASHIER');
  await openShift(t.database.db, cashier.id);
});
afterAll(() => t.close());

let keyCounter = 0;
const newKey = () => `wallet-test-${process.pid}-${++keyCounter}`;
const url = (patientId: string) => `/api/v1/patients/${patientId}/wallet`;

function deposit(patientId: string, body: unknown, key: string | null = newKey(), token = cashier.token) {
  return t.api.post<WalletDepositCreated & ErrorBody>(url(patientId), body, {
    token,
    headers: key === null ? {} : { 'idempotency-key': key },
  });
}

describe('wallet deposits', () => {
  it('credits the wallet, numbers the deposit from the receipt series and audits it', async () => {
    const { id: patientId } = await insertPatient(t.database.db);
    const res = await deposit(patientId, { amount: 2_500_000, method: 'TRANSFER', reference: 'GTB-99812' });
    expect(res.status).toBe(201);
    expect(res.body.balance).toBe(2_500_000);
    expect(res.body.receiptNumber).toMatch(/^RCT-\d{4}-\d{6}$/);
    expect(res.body.entry).toMatchObject({
      kind: 'DEPOSIT',
      amount: 2_500_000,
      balanceAfter: 2_500_000,
      method: 'TRANSFER',
      reference: 'GTB-99812',
      receiptNumber: res.body.receiptNumber,
      paymentId: null,
      createdByName: 'Test CASHIER',
    });

    const second = await deposit(patientId, { amount: 150_050, method: 'CASH' });
    expect(second.status).toBe(201);
    expect(second.body.balance).toBe(2_650_050);
    const [n1, n2] = [res.body.receiptNumber, second.body.receiptNumber].map((n) => Number(n.slice(-6)));
    expect(n2).toBe((n1 ?? 0) + 1);

    const audit = await queryRows<{ entity_id: string; metadata: Record<string, unknown>; actor_id: string }>(
      t.database.db,
      sql`select entity_id, metadata, actor_id from audit_log where action = 'wallet.deposit' and patient_id = ${patientId} order by id`,
    );
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      entity_id: res.body.entry.id,
      actor_id: cashier.id,
      metadata: { receiptNumber: res.body.receiptNumber, method: 'TRANSFER', amount: 2_500_000 },
    });
  });

  it('shows the balance and the ledger newest first, paginated', async () => {
    const { id: patientId } = await insertPatient(t.database.db);
    for (const amount of [100, 200, 300])
      expect((await deposit(patientId, { amount, method: 'POS' })).status).toBe(201);

    const page1 = await t.api.get<WalletView>(`${url(patientId)}?page=1&pageSize=2`, {
      token: cashier.token,
    });
    expect(page1.status).toBe(200);
    expect(page1.body.balance).toBe(600);
    expect(page1.body.transactions).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page1.body.transactions.items.map((e) => [e.amount, e.balanceAfter])).toEqual([
      [300, 600],
      [200, 300],
    ]);
    const page2 = await t.api.get<WalletView>(`${url(patientId)}?page=2&pageSize=2`, {
      token: cashier.token,
    });
    expect(page2.body.transactions.items.map((e) => e.amount)).toEqual([100]);

    const fresh = await insertPatient(t.database.db);
    const empty = await t.api.get<WalletView>(url(fresh.id), { token: cashier.token });
    expect(empty.body).toMatchObject({ balance: 0, transactions: { items: [], total: 0 } });
  });

  it('replays a retried deposit with the same key and refuses the key for a different body', async () => {
    const { id: patientId } = await insertPatient(t.database.db);
    const key = newKey();
    const first = await deposit(patientId, { amount: 70_000, method: 'CASH' }, key);
    const retry = await deposit(patientId, { amount: 70_000, method: 'CASH' }, key);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);

    const reused = await deposit(patientId, { amount: 80_000, method: 'CASH' }, key);
    expectRefusal(reused, 'IDEMPOTENCY_KEY_REUSED');

    const view = await t.api.get<WalletView>(url(patientId), { token: cashier.token });
    expect(view.body.balance).toBe(70_000);
    expect(view.body.transactions.total).toBe(1);
  });

  it('needs an Idempotency-Key and refuses bad bodies with 400, unknown patients with 404', async () => {
    const { id: patientId } = await insertPatient(t.database.db);
    const noKey = await deposit(patientId, { amount: 100, method: 'CASH' }, null);
    expectRefusal(noKey, 'IDEMPOTENCY_KEY_REQUIRED');

    for (const body of [
      { amount: 0, method: 'CASH' },
      { amount: -500, method: 'CASH' },
      { amount: 10.5, method: 'CASH' },
      { amount: '100', method: 'CASH' },
      { amount: 100, method: 'WALLET' },
      { amount: 100, method: 'ONLINE' },
      { amount: 100 },
      { amount: 100, method: 'CASH', reference: '' },
    ]) {
      const res = await deposit(patientId, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    const unknown = await deposit(crypto.randomUUID(), { amount: 100, method: 'CASH' });
    expect(unknown.status).toBe(404);
    expect((await t.api.get(url(crypto.randomUUID()), { token: cashier.token })).status).toBe(404);
    expect((await t.api.get(`${url(patientId)}?pageSize=500`, { token: cashier.token })).status).toBe(400);
    expect((await t.api.get('/api/v1/patients/not-a-uuid/wallet', { token: cashier.token })).status).toBe(
      400,
    );
  });

  it('DB-TX-1: refuses a deposit from a cashier without an open shift, and leaves no trace', async () => {
    const { id: patientId } = await insertPatient(t.database.db);
    const shiftless = await loginAs(t, 'CASHIER');
    const res = await deposit(patientId, { amount: 5_000, method: 'CASH' }, newKey(), shiftless.token);
    expectRefusal(res, 'SHIFT_NOT_OPEN');
    const view = await t.api.get<WalletView>(url(patientId), { token: cashier.token });
    expect(view.body).toMatchObject({ balance: 0, transactions: { total: 0 } });
  });

  it('pays a visit from the wallet through the payments endpoint, never below zero', async () => {
    const { id: patientId } = await insertPatient(t.database.db);
    const visit = await insertVisitWithCharges(t.database.db, {
      patientId,
      openedBy: cashier.id,
      amounts: [500_000, 300_000],
    });
    expect((await deposit(patientId, { amount: 600_000, method: 'CASH' })).status).toBe(201);
    const pay = (amount: number) =>
      t.api.post<{ id: string } & ErrorBody>(
        `/api/v1/visits/${visit.visitId}/payments`,
        { amount, method: 'WALLET' },
        { token: cashier.token, headers: { 'idempotency-key': newKey() } },
      );
    const paid = await pay(500_000);
    expect(paid.status).toBe(201);
    const short = await pay(300_000);
    expect(short.status).toBe(409);
    expect(short.body.error).toMatchObject({ code: 'INSUFFICIENT_FUNDS', details: { balance: 100_000 } });

    const view = await t.api.get<WalletView>(url(patientId), { token: cashier.token });
    expect(view.body.balance).toBe(100_000);
    expect(view.body.transactions.items[0]).toMatchObject({
      kind: 'VISIT_PAYMENT',
      amount: -500_000,
      balanceAfter: 100_000,
      paymentId: paid.body.id,
    });
  });

  it('refuses deposits for an archived patient record', async () => {
    const { id: patientId } = await insertPatient(t.database.db);
    await t.database.db
      .update(patients)
      .set({ archivedAt: new Date(), archivedBy: cashier.id, archiveReason: 'Duplicate record' })
      .where(eq(patients.id, patientId));
    const res = await deposit(patientId, { amount: 5_000, method: 'CASH' });
    expectRefusal(res, 'PATIENT_ARCHIVED');
  });

  it('is for cashiers only', async () => {
    const { id: patientId } = await insertPatient(t.database.db);
    for (const role of ['RECEPTIONIST', 'DOCTOR', 'ADMIN', 'PATIENT'] as const) {
      expect((await t.api.get(url(patientId), { roles: [role] })).status, role).toBe(403);
      const res = await t.api.post(
        url(patientId),
        { amount: 100, method: 'CASH' },
        {
          roles: [role],
          headers: { 'idempotency-key': newKey() },
        },
      );
      expect(res.status, role).toBe(403);
    }
    expect((await t.api.get(url(patientId))).status).toBe(401);
  });
});
