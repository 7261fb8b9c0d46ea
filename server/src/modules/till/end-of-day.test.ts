import type { EndOfDayReport, ErrorBody, HmoProvider, Shift } from '@modern-emr/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../test/expect-refusal';
import {
  createTestApp,
  type LoggedIn,
  loginAs,
  type TestApp,
  testClock,
  uniqueIp,
} from '../../../test/test-app';
import { ENGINE } from '../../../test/test-database';
import { queryRows } from '../../db/rows';
import {
  type FixtureVisit,
  fixtureCharge,
  fixtureDeposit,
  fixturePatient,
  fixturePayment,
  fixtureRefund,
  fixtureService,
  fixtureVisit,
} from '../billing/testing';
import { visits } from '../visit-records';
import { endOfDayReports } from './till.schema';

/*
 * One clinic day in Lagos (UTC+1), 2026-03-14, runs from 2026-03-13T23:00Z to 2026-03-14T23:00Z.
 * The tests below share its books and run in order: build the day, read it, then finalise it.
 */
const DAY = '2026-03-14';
const at = (iso: string) => new Date(iso);

let t: TestApp;
let ada: LoggedIn; // day cashier
let bayo: LoggedIn; // night cashier, still open when the day ends
let adaShift: Shift;
let bayoShift: Shift;
// Filled in by beforeAll.
const v = {} as Record<'v0' | 'v1' | 'v2' | 'v3' | 'v4' | 'v5' | 'late', FixtureVisit>;

const ADMIN = { roles: ['ADMIN' as const] };
const report = (date = DAY, opts: { token?: string; roles?: ('ADMIN' | 'CASHIER')[] } = ADMIN) =>
  t.api.get<EndOfDayReport>(`/api/v1/reports/end-of-day?date=${date}`, opts);

/** Signs the user in again: the test clock moves by hours, beyond an access token's life. */
async function as(user: LoggedIn): Promise<{ token: string }> {
  const res = await t.api.post<{ accessToken: string }>(
    '/api/v1/auth/login',
    { username: user.username, password: user.password },
    { ip: uniqueIp() },
  );
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  return { token: res.body.accessToken };
}

/** The report without who finalised it and when it was made. */
function figuresOf(r: EndOfDayReport) {
  const {
    finalised: _f,
    finalisedAt: _a,
    finalisedBy: _b,
    finalisedByName: _n,
    generatedAt: _g,
    ...figures
  } = r;
  return figures;
}

async function visitOwing(
  amount: number,
  openedAt: Date,
  extra: Pick<Parameters<typeof fixtureVisit>[1], 'emergency' | 'hmo'> = {},
) {
  const db = t.database.db;
  const patient = await fixturePatient(db, 'Chidi Eze');
  const visit = await fixtureVisit(db, { patientId: patient.id, openedBy: ada.id, openedAt, ...extra });
  const service = await fixtureService(db, amount);
  return { visit, patient, service };
}

beforeAll(async () => {
  t = await createTestApp({ clock: testClock(at('2026-03-13T23:00:00Z')) });
  const db = t.database.db;
  ada = await loginAs(t, 'CASHIER');
  bayo = await loginAs(t, 'CASHIER');
  const opened = async (user: LoggedIn, openingFloat: number) =>
    (await t.api.post<Shift>('/api/v1/shifts/open', { openingFloat }, { token: user.token })).body;
  adaShift = await opened(ada, 1_000_000);
  bayoShift = await opened(bayo, 0);
  const adas = { cashierId: ada.id, shiftId: adaShift.id };
  const bayos = { cashierId: bayo.id, shiftId: bayoShift.id };

  // v1: opened 00:10 local on the 14th (still the 13th in UTC), part paid on both sides of midnight.
  const one = await visitOwing(3_000_000, at('2026-03-13T23:10:00Z'));
  v.v1 = one.visit;
  await fixtureCharge(db, v.v1, one.service, { createdBy: ada.id, createdAt: at('2026-03-13T23:10:00Z') });
  await fixturePayment(db, v.v1, {
    ...adas,
    method: 'CASH',
    amount: 1_000_000,
    at: at('2026-03-13T23:30:00Z'),
  });
  await fixturePayment(db, v.v1, { ...adas, method: 'POS', amount: 500_000, at: at('2026-03-14T10:00:00Z') });
  // 00:00 local on the 15th: the next day's money, in the night shift.
  await fixturePayment(db, v.v1, {
    ...bayos,
    method: 'CASH',
    amount: 50_000,
    at: at('2026-03-14T23:00:00Z'),
  });
  // v0: paid through the gateway at 23:59:59 local on the 13th: the day before's money.
  const zero = await visitOwing(70_000, at('2026-03-13T20:00:00Z'));
  v.v0 = zero.visit;
  await fixtureCharge(db, v.v0, zero.service, { createdBy: ada.id, createdAt: at('2026-03-13T20:00:00Z') });
  await fixturePayment(db, v.v0, {
    cashierId: null,
    shiftId: null,
    method: 'ONLINE',
    amount: 70_000,
    at: at('2026-03-13T22:59:59Z'),
  });

  // v2: paid in full by transfer, then part refunded: it owes again.
  const two = await visitOwing(600_000, at('2026-03-14T11:00:00Z'));
  v.v2 = two.visit;
  await fixtureCharge(db, v.v2, two.service, { createdBy: ada.id, createdAt: at('2026-03-14T11:00:00Z') });
  const transfer = await fixturePayment(db, v.v2, {
    ...bayos,
    method: 'TRANSFER',
    amount: 600_000,
    at: at('2026-03-14T12:00:00Z'),
  });
  await fixtureRefund(db, {
    paymentId: transfer,
    amount: 100_000,
    requestedBy: bayo.id,
    shiftId: bayoShift.id,
    at: at('2026-03-14T13:00:00Z'),
  });

  // v3: a deposit at the till, then the bill paid from the wallet, and a gateway payment.
  const three = await visitOwing(500_000, at('2026-03-14T13:30:00Z'));
  v.v3 = three.visit;
  await fixtureCharge(db, v.v3, three.service, { createdBy: ada.id, createdAt: at('2026-03-14T13:30:00Z') });
  await fixtureDeposit(db, {
    patientId: three.patient.id,
    amount: 250_000,
    method: 'CASH',
    createdBy: ada.id,
    shiftId: adaShift.id,
    at: at('2026-03-14T14:00:00Z'),
  });
  await fixturePayment(db, v.v3, {
    ...adas,
    method: 'WALLET',
    amount: 200_000,
    at: at('2026-03-14T14:10:00Z'),
  });
  await fixturePayment(db, v.v3, {
    cashierId: null,
    shiftId: null,
    method: 'ONLINE',
    amount: 300_000,
    at: at('2026-03-14T16:00:00Z'),
  });

  // v4: on an HMO that approved full cover; the work was done, the HMO has not paid yet.
  const hmo = await t.api.post<HmoProvider>(
    '/api/v1/hmo-providers',
    { name: 'Report HMO', code: 'EOD-HMO' },
    ADMIN,
  );
  const four = await visitOwing(700_000, at('2026-03-14T08:30:00Z'), {
    hmo: { providerId: hmo.body.id, approvedAt: at('2026-03-14T09:00:00Z'), authorizationCode: 'AUTH-4411' },
  });
  v.v4 = four.visit;
  await fixtureCharge(db, v.v4, four.service, {
    createdBy: ada.id,
    createdAt: at('2026-03-14T08:45:00Z'),
    renderedAt: at('2026-03-14T09:30:00Z'),
  });

  // v5: an emergency treated first and not yet billed: rendered work without a settled charge.
  const five = await visitOwing(400_000, at('2026-03-14T15:00:00Z'), { emergency: true });
  v.v5 = five.visit;
  await fixtureCharge(db, v.v5, five.service, {
    createdBy: ada.id,
    createdAt: at('2026-03-14T15:05:00Z'),
    renderedAt: at('2026-03-14T15:10:00Z'),
  });

  // Opened on the 15th: not part of the 14th's books.
  const late = await visitOwing(900_000, at('2026-03-15T08:00:00Z'));
  v.late = late.visit;
  await fixtureCharge(db, v.late, late.service, { createdBy: ada.id, createdAt: at('2026-03-15T08:00:00Z') });

  // Ada counts her till at 18:00 local: ₦50 short in cash.
  t.clock.advance(18 * 3600);
  await t.api.post(
    '/api/v1/shifts/close',
    { counted: { CASH: 2_245_000, POS: 500_000, TRANSFER: 0 } },
    await as(ada),
  );
});
afterAll(() => t.close());

describe('end-of-day report: access and input', () => {
  it('is for cashiers and administrators, and wants a real date', async () => {
    expect((await report(DAY, await as(ada))).status).toBe(200);
    expect((await t.api.get(`/api/v1/reports/end-of-day?date=${DAY}`, { roles: ['DOCTOR'] })).status).toBe(
      403,
    );
    expect((await t.api.get(`/api/v1/reports/end-of-day?date=${DAY}`)).status).toBe(401);
    for (const bad of ['2026-02-30', '14-03-2026', '2026-3-14', '']) {
      const res = await t.api.get<ErrorBody>(`/api/v1/reports/end-of-day?date=${bad}`, ADMIN);
      expect(res.status, bad).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await t.api.get('/api/v1/reports/end-of-day', ADMIN)).status).toBe(400);
  });
});

describe('end-of-day report: the day in Lagos', () => {
  it('covers the clinic’s calendar day, not UTC’s', async () => {
    const res = await report();
    expect(res.body).toMatchObject({
      date: DAY,
      timeZone: 'Africa/Lagos',
      from: '2026-03-13T23:00:00.000Z',
      to: '2026-03-14T23:00:00.000Z',
      finalised: false,
      finalisedAt: null,
      finalisedBy: null,
    });
  });

  it('EOD-1: totals the day’s money by method, keeping wallet payments out of the money that moved', async () => {
    const { body } = await report();
    const byMethod = Object.fromEntries(body.byMethod.map(({ method, ...rest }) => [method, rest]));
    expect(byMethod).toEqual({
      CASH: { paymentCount: 1, payments: 1_000_000, refunds: 0, deposits: 250_000, net: 1_250_000 },
      POS: { paymentCount: 1, payments: 500_000, refunds: 0, deposits: 0, net: 500_000 },
      TRANSFER: { paymentCount: 1, payments: 600_000, refunds: 100_000, deposits: 0, net: 500_000 },
      WALLET: { paymentCount: 1, payments: 200_000, refunds: 0, deposits: 0, net: 200_000 },
      ONLINE: { paymentCount: 1, payments: 300_000, refunds: 0, deposits: 0, net: 300_000 },
    });
    expect(body.totals).toEqual({
      paymentCount: 4,
      payments: 2_400_000,
      refunds: 100_000,
      deposits: 250_000,
      net: 2_550_000,
      walletPayments: 200_000,
    });
  });

  it('totals by cashier, with gateway payments under no cashier', async () => {
    const { body } = await report();
    const byCashier = Object.fromEntries(
      body.byCashier.map(({ cashierId, cashierName: _, ...rest }) => [cashierId ?? 'gateway', rest]),
    );
    expect(byCashier).toEqual({
      [ada.id]: { paymentCount: 2, payments: 1_500_000, refunds: 0, deposits: 250_000, net: 1_750_000 },
      [bayo.id]: { paymentCount: 1, payments: 600_000, refunds: 100_000, deposits: 0, net: 500_000 },
      gateway: { paymentCount: 1, payments: 300_000, refunds: 0, deposits: 0, net: 300_000 },
    });
  });

  it('lists the day’s shifts: a closed one with its variance, an open one without', async () => {
    const { body } = await report();
    const shifts = Object.fromEntries(body.shifts.map((s) => [s.id, s]));
    expect(shifts[adaShift.id]).toMatchObject({
      status: 'CLOSED',
      expected: { CASH: 2_250_000, POS: 500_000, TRANSFER: 0, total: 2_750_000 },
      counted: { CASH: 2_245_000, POS: 500_000, TRANSFER: 0, total: 2_745_000 },
      variance: { CASH: -5_000, POS: 0, TRANSFER: 0, total: -5_000 },
    });
    expect(shifts[adaShift.id]?.movements.walletPayments).toBe(200_000);
    // Bayo's night shift also holds 00:00 money of the 15th; it is still open, so no variance yet.
    expect(shifts[bayoShift.id]).toMatchObject({
      status: 'OPEN',
      expected: { CASH: 50_000, POS: 0, TRANSFER: 500_000, total: 550_000 },
      variance: null,
    });
  });

  it('EOD-1: lists what is still owed, what the HMOs owe, and work done without a settled charge', async () => {
    const { body } = await report();
    expect(body.outstanding.items.map((i) => [i.visitId, i.outstanding])).toEqual([
      [v.v1.id, 1_450_000],
      [v.v5.id, 400_000],
      [v.v2.id, 100_000],
    ]);
    expect(body.outstanding).toMatchObject({ count: 3, total: 1_950_000 });
    expect(body.outstanding.items[0]).toMatchObject({
      visitNumber: v.v1.number,
      patientName: 'Chidi Eze',
      paymentStatus: 'PARTIALLY_PAID',
    });

    expect(body.hmoReceivables).toMatchObject({ count: 1, total: 700_000 });
    expect(body.hmoReceivables.items[0]).toMatchObject({
      visitId: v.v4.id,
      providerName: 'Report HMO',
      authorizationCode: 'AUTH-4411',
      hmoShare: 700_000,
    });

    // v4's rendered charge is covered by an approved HMO: settled, so not a leak.
    expect(body.revenueLeaks).toMatchObject({ count: 1, total: 400_000 });
    expect(body.revenueLeaks.items[0]).toMatchObject({
      visitId: v.v5.id,
      amount: 400_000,
      emergency: true,
      status: 'PENDING',
    });
  });

  it('only looks at the books up to that day: the day before has none of this', async () => {
    const { body } = await report('2026-03-13');
    expect(body.totals).toMatchObject({ paymentCount: 1, payments: 70_000 });
    expect(body.byMethod.find((m) => m.method === 'ONLINE')?.payments).toBe(70_000);
    expect(body.outstanding.count).toBe(0);
    expect(body.revenueLeaks.count).toBe(0);
    expect(body.shifts).toEqual([]);
  });
});

describe('end-of-day report: finalising', () => {
  it('refuses other staff, a day not yet started, and a day with a shift still open', async () => {
    const refused = await t.api.post(
      '/api/v1/reports/end-of-day/finalise',
      { date: DAY },
      { roles: ['RECEPTIONIST'] },
    );
    expect(refused.status).toBe(403);
    const future = await t.api.post<ErrorBody>(
      '/api/v1/reports/end-of-day/finalise',
      { date: '2026-03-15' },
      ADMIN,
    );
    expect(future.status).toBe(422);
    const open = await t.api.post<ErrorBody>('/api/v1/reports/end-of-day/finalise', { date: DAY }, ADMIN);
    expect(open.status).toBe(409);
    expect(open.body.error).toMatchObject({
      code: 'SHIFTS_STILL_OPEN',
      details: { shiftIds: [bayoShift.id] },
    });
    expect(
      (await t.api.post('/api/v1/reports/end-of-day/finalise', { date: 'yesterday' }, ADMIN)).status,
    ).toBe(400);
  });

  it('freezes the day once every shift is closed; later reads return the snapshot, never recomputed', async () => {
    t.clock.advance(7 * 3600); // 01:00 local on the 15th
    await t.api.post(
      '/api/v1/shifts/close',
      { counted: { CASH: 50_000, POS: 0, TRANSFER: 500_000 } },
      await as(bayo),
    );
    const live = (await report()).body;

    const res = await t.api.post<EndOfDayReport>(
      '/api/v1/reports/end-of-day/finalise',
      { date: DAY },
      await as(ada),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ finalised: true, finalisedBy: ada.id, finalisedByName: 'Test CASHIER' });
    expect(res.body.finalisedAt).toBe(t.clock().toISOString());
    expect(figuresOf(res.body)).toEqual(figuresOf(live));
    expect(res.body.shifts.find((s) => s.id === bayoShift.id)?.variance?.total).toBe(0);

    // Money recorded against the day afterwards does not change the finalised report.
    await fixturePayment(t.database.db, v.v1, {
      cashierId: null,
      shiftId: null,
      method: 'ONLINE',
      amount: 10_000,
      at: at('2026-03-14T20:00:00Z'),
    });
    const after = await report(DAY, await as(bayo));
    expect(after.body).toEqual(res.body);
    expect(after.body.totals.net).toBe(2_550_000);

    const [audit] = await queryRows<{ metadata: Record<string, unknown> }>(
      t.database.db,
      sql`select metadata from audit_log where action = 'report.end_of_day.finalise' and entity_id = ${DAY}`,
    );
    expect(audit?.metadata).toMatchObject({ date: DAY, net: 2_550_000, revenueLeaks: 1 });
  });

  it('EOD-2: finalises a day only once, and the database refuses to change the stored report', async () => {
    const again = await t.api.post<ErrorBody>('/api/v1/reports/end-of-day/finalise', { date: DAY }, ADMIN);
    expectRefusal(again, 'IMMUTABLE_RECORD');
    const tamper = t.database.db
      .update(endOfDayReports)
      .set({ snapshot: {} })
      .where(eq(endOfDayReports.reportDate, DAY));
    await expect(tamper).rejects.toMatchObject({ cause: expect.objectContaining({ code: 'EM002' }) });
    const remove = t.database.db.delete(endOfDayReports).where(eq(endOfDayReports.reportDate, DAY));
    await expect(remove).rejects.toBeTruthy();
  });

  it('EOD-2: never closes a visit', async () => {
    const statuses = await t.database.db.select({ status: visits.status }).from(visits);
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(['OPEN']));
  });

  it('may finalise today once its shifts are closed, and then no shift opens today', async () => {
    const today = '2026-03-15';
    const res = await t.api.post<EndOfDayReport>(
      '/api/v1/reports/end-of-day/finalise',
      { date: today },
      ADMIN,
    );
    expect(res.status).toBe(201);
    const opening = await t.api.post<ErrorBody>('/api/v1/shifts/open', { openingFloat: 0 }, await as(ada));
    expect(opening.status).toBe(409);
    expect(opening.body.error).toMatchObject({ code: 'DAY_FINALISED', details: { date: today } });
    t.clock.advance(24 * 3600);
    expect((await t.api.post('/api/v1/shifts/open', { openingFloat: 0 }, await as(ada))).status).toBe(201);
  });

  it('uses the clinic’s configured time zone', async () => {
    expect((await t.api.patch('/api/v1/settings', { timeZone: 'Africa/Nairobi' }, ADMIN)).status).toBe(200);
    const { body } = await report('2026-03-10');
    expect(body).toMatchObject({
      timeZone: 'Africa/Nairobi',
      from: '2026-03-09T21:00:00.000Z',
      to: '2026-03-10T21:00:00.000Z',
    });
  });
});

describe.skipIf(ENGINE !== 'postgres')('end-of-day report: concurrency', () => {
  it('finalises a day exactly once when two people press the button together', async () => {
    const results = await Promise.all(
      [1, 2].map(() =>
        t.api.post<ErrorBody>('/api/v1/reports/end-of-day/finalise', { date: '2026-03-12' }, ADMIN),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.code).toBe('IMMUTABLE_RECORD');
  });
});
