import type { ErrorBody, Shift } from '@modern-emr/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../test/expect-refusal';
import { createTestApp, type LoggedIn, loginAs, type TestApp } from '../../../test/test-app';
import { ENGINE } from '../../../test/test-database';
import { queryRows } from '../../db/rows';
import { inTransaction } from '../../db/transaction';
import {
  addCharges,
  createService,
  fixtureCharge,
  fixtureDeposit,
  fixturePatient,
  fixturePayment,
  fixtureRefund,
  fixtureService,
  fixtureVisit,
  openVisit,
  postPayment,
} from '../billing/testing';
import { requireOpenShift } from './open-shift.service';
import { tillShifts } from './till.schema';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Page<T> = { items: T[]; total: number };

const as = (user: LoggedIn) => ({ token: user.token });

async function open(user: LoggedIn, openingFloat: number): Promise<Shift> {
  const res = await t.api.post<Shift>('/api/v1/shifts/open', { openingFloat }, as(user));
  if (res.status !== 201) throw new Error(`open failed: ${res.status} ${res.text}`);
  return res.body;
}

/** A visit owing `owed` kobo, so payments against it are realistic. */
async function owingVisit(openedBy: string, owed: number) {
  const patient = await fixturePatient(t.database.db);
  const visit = await fixtureVisit(t.database.db, { patientId: patient.id, openedBy, openedAt: t.clock() });
  const service = await fixtureService(t.database.db, owed);
  await fixtureCharge(t.database.db, visit, service, { createdBy: openedBy, createdAt: t.clock() });
  return { visit, patient };
}

describe('till shifts: access and validation', () => {
  it('is for cashiers only: other staff get 403, anonymous callers 401', async () => {
    expect((await t.api.post('/api/v1/shifts/open', { openingFloat: 0 }, { roles: ['DOCTOR'] })).status).toBe(
      403,
    );
    // ADMIN is not implicitly a cashier (domain.md).
    expect((await t.api.post('/api/v1/shifts/open', { openingFloat: 0 }, { roles: ['ADMIN'] })).status).toBe(
      403,
    );
    expect((await t.api.get('/api/v1/shifts/current', { roles: ['RECEPTIONIST'] })).status).toBe(403);
    expect((await t.api.post('/api/v1/shifts/open', { openingFloat: 0 })).status).toBe(401);
    expect((await t.api.get('/api/v1/shifts')).status).toBe(401);
  });

  it('refuses a negative, fractional or missing float and an incomplete count with 400', async () => {
    const cashier = await loginAs(t, 'CASHIER');
    for (const body of [{ openingFloat: -1 }, { openingFloat: 10.5 }, {}, { openingFloat: '5000' }]) {
      const res = await t.api.post<ErrorBody>('/api/v1/shifts/open', body, as(cashier));
      expectRefusal(res, 'VALIDATION_FAILED');
    }
    await open(cashier, 0);
    const res = await t.api.post<ErrorBody>('/api/v1/shifts/close', { counted: { CASH: 0 } }, as(cashier));
    expect(res.status).toBe(400);
  });
});

describe('till shifts: open, current, close', () => {
  it('WEB-DATA-1: no open shift answers 200 null; one shift per cashier, a second open is 409 and the first stays current', async () => {
    const cashier = await loginAs(t, 'CASHIER');
    // spec: WEB-DATA-1 — no open shift is an answer (200 null), not a 404 in the cashier's console.
    const none = await t.api.get<Shift | null>('/api/v1/shifts/current', as(cashier));
    expect(none.status).toBe(200);
    expect(none.body).toBeNull();

    const shift = await open(cashier, 2_000_000);
    expect(shift).toMatchObject({
      cashierId: cashier.id,
      status: 'OPEN',
      openingFloat: 2_000_000,
      closedAt: null,
      expected: { CASH: 2_000_000, POS: 0, TRANSFER: 0, total: 2_000_000 },
      counted: null,
      variance: null,
    });
    const again = await t.api.post<ErrorBody>('/api/v1/shifts/open', { openingFloat: 0 }, as(cashier));
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'SHIFT_ALREADY_OPEN', details: { shiftId: shift.id } });
    const current = await t.api.get<Shift>('/api/v1/shifts/current', as(cashier));
    expect(current.body.id).toBe(shift.id);
    // Another cashier has a till of their own.
    const other = await loginAs(t, 'CASHIER');
    expect((await open(other, 0)).id).not.toBe(shift.id);
  });

  it('tells the payments code whether the cashier may take money', async () => {
    const cashier = await loginAs(t, 'CASHIER');
    const before = inTransaction(t.database.db, (tx) => requireOpenShift(tx, cashier.id));
    await expect(before).rejects.toMatchObject({ code: 'SHIFT_NOT_OPEN', status: 409 });
    const shift = await open(cashier, 0);
    expect(await inTransaction(t.database.db, (tx) => requireOpenShift(tx, cashier.id))).toEqual({
      id: shift.id,
    });
    await t.api.post('/api/v1/shifts/close', { counted: { CASH: 0, POS: 0, TRANSFER: 0 } }, as(cashier));
    const after = inTransaction(t.database.db, (tx) => requireOpenShift(tx, cashier.id));
    await expect(after).rejects.toMatchObject({ code: 'SHIFT_NOT_OPEN' });
  });

  it('TILL-1: expects float + payments − refunds paid out + deposits per method, and closes with the variance', async () => {
    const cashier = await loginAs(t, 'CASHIER');
    const colleague = await loginAs(t, 'CASHIER');
    const shift = await open(cashier, 500_000);
    const theirs = await open(colleague, 0);
    const db = t.database.db;
    const now = t.clock();
    const a = await owingVisit(cashier.id, 5_000_000);
    const mine = { cashierId: cashier.id, shiftId: shift.id, at: now };
    const cashPayment = await fixturePayment(db, a.visit, { ...mine, method: 'CASH', amount: 2_000_000 });
    await fixturePayment(db, a.visit, { ...mine, method: 'POS', amount: 1_000_000 });
    await fixturePayment(db, a.visit, { ...mine, method: 'TRANSFER', amount: 300_000 });
    await fixturePayment(db, a.visit, { ...mine, method: 'WALLET', amount: 200_000 });
    await fixtureRefund(db, {
      paymentId: cashPayment,
      amount: 50_000,
      requestedBy: cashier.id,
      shiftId: shift.id,
      at: now,
    });
    // Waiting for an administrator: no money has left the drawer yet.
    await fixtureRefund(db, {
      paymentId: cashPayment,
      amount: 900_000,
      requestedBy: cashier.id,
      shiftId: shift.id,
      at: now,
      status: 'PENDING_APPROVAL',
    });
    await fixtureDeposit(db, {
      patientId: a.patient.id,
      amount: 100_000,
      method: 'CASH',
      createdBy: cashier.id,
      shiftId: shift.id,
      at: now,
    });
    // The colleague's money is in the colleague's till.
    const b = await owingVisit(colleague.id, 800_000);
    await fixturePayment(db, b.visit, {
      cashierId: colleague.id,
      shiftId: theirs.id,
      at: now,
      method: 'CASH',
      amount: 800_000,
    });

    const current = await t.api.get<Shift>('/api/v1/shifts/current', as(cashier));
    expect(current.body.movements).toEqual({
      payments: { CASH: 2_000_000, POS: 1_000_000, TRANSFER: 300_000 },
      refunds: { CASH: 50_000, POS: 0, TRANSFER: 0 },
      deposits: { CASH: 100_000, POS: 0, TRANSFER: 0 },
      walletPayments: 200_000,
      paymentCount: 4,
    });
    expect(current.body.expected).toEqual({
      CASH: 2_550_000,
      POS: 1_000_000,
      TRANSFER: 300_000,
      total: 3_850_000,
    });

    const closed = await t.api.post<Shift>(
      '/api/v1/shifts/close',
      { counted: { CASH: 2_540_000, POS: 1_000_000, TRANSFER: 310_000 }, note: 'Short ₦100 in cash' },
      as(cashier),
    );
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      id: shift.id,
      status: 'CLOSED',
      expected: { CASH: 2_550_000, POS: 1_000_000, TRANSFER: 300_000, total: 3_850_000 },
      counted: { CASH: 2_540_000, POS: 1_000_000, TRANSFER: 310_000, total: 3_850_000 },
      variance: { CASH: -10_000, POS: 0, TRANSFER: 10_000, total: 0 },
      note: 'Short ₦100 in cash',
    });
    expect(closed.body.closedAt).not.toBeNull();
    const [row] = await db.select().from(tillShifts).where(eq(tillShifts.id, shift.id));
    expect(row?.varianceMinor).toBe(0);
    const [audit] = await queryRows<{ metadata: Record<string, number> }>(
      db,
      sql`select metadata from audit_log where action = 'till.shift.close' and entity_id = ${shift.id}`,
    );
    expect(audit?.metadata).toMatchObject({
      expected: 3_850_000,
      counted: 3_850_000,
      variance: 0,
      varianceCash: -10_000,
    });
    // Closed means no current shift, and a second close has nothing to close.
    const after = await t.api.get<Shift | null>('/api/v1/shifts/current', as(cashier));
    expect(after.status).toBe(200);
    expect(after.body).toBeNull();
    const twice = await t.api.post<ErrorBody>(
      '/api/v1/shifts/close',
      { counted: { CASH: 0, POS: 0, TRANSFER: 0 } },
      as(cashier),
    );
    expectRefusal(twice, 'SHIFT_NOT_OPEN');
  });

  it('REC-IMMUT-1: keeps a closed shift final: the database refuses any change, and a new shift starts afresh', async () => {
    const cashier = await loginAs(t, 'CASHIER');
    const shift = await open(cashier, 100_000);
    await t.api.post(
      '/api/v1/shifts/close',
      { counted: { CASH: 100_000, POS: 0, TRANSFER: 0 } },
      as(cashier),
    );
    const tamper = t.database.db
      .update(tillShifts)
      .set({ varianceMinor: 0, counted: { CASH: 1 } })
      .where(eq(tillShifts.id, shift.id));
    await expect(tamper).rejects.toMatchObject({ cause: expect.objectContaining({ code: 'EM002' }) });
    const reopen = t.database.db
      .update(tillShifts)
      .set({ status: 'OPEN' })
      .where(eq(tillShifts.id, shift.id));
    await expect(reopen).rejects.toBeTruthy();
    const next = await open(cashier, 0);
    expect(next.id).not.toBe(shift.id);
    expect(next.expected.total).toBe(0);
  });
});

describe('till shifts: money through the real endpoints', () => {
  it('counts payments, overpayments, refunds and deposits taken at the counter', async () => {
    const cashier = await loginAs(t, 'CASHIER');
    const shift = await open(cashier, 300_000);
    const visit = await openVisit(t);
    await addCharges(t, visit.visitId, [{ service: await createService(t, 1_000_000) }]);
    const pos = await postPayment(t, cashier.token, visit.visitId, { amount: 400_000, method: 'POS' });
    expect(pos.status).toBe(201);
    // ₦7,000 handed over for ₦6,000 owed: all of it is in the drawer, ₦1,000 goes to the wallet.
    const cash = await postPayment<{ id: string; walletCredit: number }>(t, cashier.token, visit.visitId, {
      amount: 700_000,
      method: 'CASH',
    });
    expect(cash.body.walletCredit).toBe(100_000);
    const refund = await t.api.post(
      `/api/v1/payments/${cash.body.id}/refund`,
      { amount: 50_000, reason: 'Charged twice for the same test' },
      { token: cashier.token, headers: { 'idempotency-key': crypto.randomUUID() } },
    );
    expect(refund.status).toBe(201);
    const deposit = await t.api.post(
      `/api/v1/patients/${visit.patientId}/wallet`,
      { amount: 200_000, method: 'TRANSFER' },
      { token: cashier.token, headers: { 'idempotency-key': crypto.randomUUID() } },
    );
    expect(deposit.status).toBe(201);
    const wallet = await postPayment(t, cashier.token, visit.visitId, { amount: 50_000, method: 'WALLET' });
    expect(wallet.status).toBe(201);

    const current = await t.api.get<Shift>('/api/v1/shifts/current', as(cashier));
    expect(current.body.movements).toMatchObject({ walletPayments: 50_000, paymentCount: 3 });
    expect(current.body.expected).toEqual({
      CASH: 950_000,
      POS: 400_000,
      TRANSFER: 200_000,
      total: 1_550_000,
    });
    const closed = await t.api.post<Shift>(
      '/api/v1/shifts/close',
      { counted: { CASH: 950_000, POS: 400_000, TRANSFER: 200_000 } },
      as(cashier),
    );
    expect(closed.body).toMatchObject({ id: shift.id, variance: { CASH: 0, POS: 0, TRANSFER: 0, total: 0 } });

    // The till is shut: the next payment is refused until a new shift opens.
    const refused = await postPayment<ErrorBody>(t, cashier.token, visit.visitId, {
      amount: 1,
      method: 'CASH',
    });
    expectRefusal(refused, 'SHIFT_NOT_OPEN');
  });
});

describe('till shifts: listing', () => {
  it('shows a cashier their own shifts only, and an administrator everyone’s', async () => {
    const ada = await loginAs(t, 'CASHIER');
    const bayo = await loginAs(t, 'CASHIER');
    const first = await open(ada, 10_000);
    await t.api.post('/api/v1/shifts/close', { counted: { CASH: 10_000, POS: 0, TRANSFER: 0 } }, as(ada));
    t.clock.advance(60);
    const second = await open(ada, 20_000);
    const bayos = await open(bayo, 30_000);

    const own = await t.api.get<Page<Shift>>('/api/v1/shifts', as(ada));
    expect(own.body.items.map((s) => s.id)).toEqual([second.id, first.id]);
    expect(own.body.total).toBe(2);
    const spying = await t.api.get<ErrorBody>(`/api/v1/shifts?cashierId=${bayo.id}`, as(ada));
    expect(spying.status).toBe(403);

    const admin = { roles: ['ADMIN' as const] };
    const all = await t.api.get<Page<Shift>>('/api/v1/shifts?pageSize=200', admin);
    expect(all.body.items.map((s) => s.id)).toEqual(expect.arrayContaining([first.id, second.id, bayos.id]));
    const onlyBayo = await t.api.get<Page<Shift>>(`/api/v1/shifts?cashierId=${bayo.id}`, admin);
    expect(onlyBayo.body.items.map((s) => s.id)).toEqual([bayos.id]);
    const closedOnly = await t.api.get<Page<Shift>>(
      `/api/v1/shifts?cashierId=${ada.id}&status=CLOSED`,
      admin,
    );
    expect(closedOnly.body.items.map((s) => [s.id, s.variance?.total])).toEqual([[first.id, 0]]);
    const paged = await t.api.get<Page<Shift>>(`/api/v1/shifts?cashierId=${ada.id}&pageSize=1&page=2`, admin);
    expect(paged.body.items.map((s) => s.id)).toEqual([first.id]);
    const future = new Date(t.clock().getTime() + 3_600_000).toISOString();
    const none = await t.api.get<Page<Shift>>(`/api/v1/shifts?from=${encodeURIComponent(future)}`, admin);
    expect(none.body.total).toBe(0);
  });
});

describe.skipIf(ENGINE !== 'postgres')('till shifts: concurrency', () => {
  it('lets exactly one of two simultaneous opens through', async () => {
    const cashier = await loginAs(t, 'CASHIER');
    const results = await Promise.all(
      [1, 2].map(() => t.api.post<ErrorBody>('/api/v1/shifts/open', { openingFloat: 0 }, as(cashier))),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const rows = await t.database.db.select().from(tillShifts).where(eq(tillShifts.cashierId, cashier.id));
    expect(rows).toHaveLength(1);
  });
});
