import type { ErrorBody, Visit } from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../test/expect-refusal';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { charges, payments } from '../billing';
import { visits } from '../visit-records';
import { auditRows, insertPatient, insertProvider, insertService } from './testing/visit-fixtures';
import {
  ADMIN,
  addCharge,
  CASHIER,
  consultAndComplete,
  DOCTOR,
  openVisitOk,
  PRIMARY,
  RECEPTION,
  recordPayment,
} from './testing/visit-flow';

let t: TestApp;
let lab: { id: string; code: string };

beforeAll(async () => {
  t = await createTestApp();
  await insertService(t.database.db, { department: 'CONSULTATION', price: 500_000, autoBill: true });
  lab = await insertService(t.database.db, { department: 'LAB', price: 300_000 });
});
afterAll(() => t.close());

const close = (visitId: string, opts = DOCTOR) =>
  t.api.post<Visit & ErrorBody>(`/api/v1/visits/${visitId}/close`, undefined, opts);
const defer = (visitId: string, reason: string, opts = CASHIER) =>
  t.api.post<Visit & ErrorBody>(`/api/v1/visits/${visitId}/defer-balance`, { reason }, opts);

async function stored(visitId: string) {
  const [row] = await t.database.db.select().from(visits).where(eq(visits.id, visitId));
  if (!row) throw new Error('visit not stored');
  return row;
}

describe('closing a visit', () => {
  it('VISIT-CLOSE-1: needs a completed consultation', async () => {
    const visit = await openVisitOk(t, await insertPatient(t.database.db));
    await recordPayment(t, visit.id, 500_000);
    const none = await close(visit.id);
    expectRefusal(none, 'CONSULTATION_REQUIRED');
    await t.api.post(`/api/v1/visits/${visit.id}/consultation`, { diagnoses: [PRIMARY] }, DOCTOR);
    expect((await close(visit.id)).body.error.code).toBe('CONSULTATION_REQUIRED');
    expect((await stored(visit.id)).status).toBe('OPEN');
  });

  it('waits for the HMO to answer a pending cover', async () => {
    const providerId = await insertProvider(t.database.db);
    const visit = await openVisitOk(t, await insertPatient(t.database.db), {
      type: 'EMERGENCY',
      emergency: true,
      emergencyReason: 'Collapsed at work',
      payer: 'HMO',
      insurance: { providerId, policyNumber: 'E-1', coverage: 'FULL' },
    });
    await consultAndComplete(t, visit.id);
    const res = await close(visit.id);
    expectRefusal(res, 'INSURANCE_PENDING');
    await t.api.post(`/api/v1/visits/${visit.id}/insurance/approve`, { authorizationCode: 'E-OK' }, CASHIER);
    expect((await close(visit.id)).status).toBe(200);
  });

  it('VISIT-CLOSE-1: refuses while the patient owes, naming the amount; a cashier deferral lifts it', async () => {
    const visit = await openVisitOk(t, await insertPatient(t.database.db));
    await recordPayment(t, visit.id, 500_000);
    await consultAndComplete(t, visit.id);
    await addCharge(t, visit.id, lab.code);
    const owing = await close(visit.id);
    expect(owing.status).toBe(409);
    expect(owing.body.error).toMatchObject({
      code: 'OUTSTANDING_BALANCE',
      details: { outstanding: 300_000 },
    });

    expect((await defer(visit.id, 'Will pay on Friday', DOCTOR)).status).toBe(403);
    expect((await defer(visit.id, 'no')).status).toBe(400);
    const deferred = await defer(visit.id, 'Will pay on Friday');
    expect(deferred.status).toBe(200);
    expect(deferred.body).toMatchObject({ balanceDeferred: true, deferralReason: 'Will pay on Friday' });
    const [audit] = await auditRows(t.database.db, 'visit.defer_balance', visit.id);
    expect(audit?.metadata).toMatchObject({ reason: 'Will pay on Friday', outstanding: 300_000 });

    const closed = await close(visit.id);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'CLOSED',
      paymentStatus: 'PARTIALLY_PAID',
      summary: { outstanding: 300_000 },
    });
    expect(closed.body.closedAt).not.toBeNull();
    const row = await stored(visit.id);
    expect(row).toMatchObject({
      status: 'CLOSED',
      paymentStatus: 'PARTIALLY_PAID',
      outstandingMinor: 300_000,
    });
    const [closeAudit] = await auditRows(t.database.db, 'visit.close', visit.id);
    expect(closeAudit?.metadata).toMatchObject({ balanceDeferred: true, outstanding: 300_000 });
  });

  it('lets an administrator defer, and refuses a deferral when nothing is owed', async () => {
    const visit = await openVisitOk(t, await insertPatient(t.database.db));
    expect((await defer(visit.id, 'Staff family', ADMIN)).status).toBe(200);
    await recordPayment(t, visit.id, 500_000);
    const nothing = await defer(visit.id, 'Just in case');
    expect(nothing.status).toBe(409);
    expect(nothing.body.error.details).toEqual({ outstanding: 0 });
  });

  it('refuses while a refund awaits approval, since a closed visit could not decide it', async () => {
    const threshold = await t.api.patch('/api/v1/settings', { refundApprovalThresholdMinor: 100_000 }, ADMIN);
    expect(threshold.status).toBe(200);
    const visit = await openVisitOk(t, await insertPatient(t.database.db));
    await recordPayment(t, visit.id, 500_000);
    await consultAndComplete(t, visit.id);
    const [payment] = await t.database.db
      .select({ id: payments.id })
      .from(payments)
      .where(eq(payments.visitId, visit.id));
    if (!payment) throw new Error('payment not stored');
    const requested = await t.api.post<{ id: string; status: string }>(
      `/api/v1/payments/${payment.id}/refund`,
      { amount: 200_000, reason: 'Lab test not done' },
      { ...CASHIER, headers: { 'idempotency-key': crypto.randomUUID() } },
    );
    expect(requested.body).toMatchObject({ status: 'PENDING_APPROVAL' });

    const refused = await close(visit.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'REFUND_PENDING',
      details: { refundIds: [requested.body.id] },
    });
    expect((await stored(visit.id)).status).toBe('OPEN');

    const rejected = await t.api.post(
      `/api/v1/refunds/${requested.body.id}/reject`,
      { reason: 'Test was done' },
      ADMIN,
    );
    expect(rejected.status).toBe(200);
    expect((await close(visit.id)).status).toBe(200);
  });

  it('closes a paid visit with a completed consultation; only doctors may', async () => {
    const visit = await openVisitOk(t, await insertPatient(t.database.db));
    await recordPayment(t, visit.id, 500_000);
    await consultAndComplete(t, visit.id);
    expect((await close(visit.id, RECEPTION)).status).toBe(403);
    expect((await close(visit.id, CASHIER)).status).toBe(403);
    expect((await t.api.post(`/api/v1/visits/${visit.id}/close`)).status).toBe(401);
    expect((await close(crypto.randomUUID())).status).toBe(404);
    const res = await close(visit.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'CLOSED',
      paymentStatus: 'PAID',
      consultation: { status: 'COMPLETED' },
    });
  });
});

describe('a closed visit is immutable', () => {
  it('VISIT-CLOSE-2: at the API: every change answers 409 VISIT_CLOSED', async () => {
    const visit = await openVisitOk(t, await insertPatient(t.database.db));
    await recordPayment(t, visit.id, 500_000);
    await consultAndComplete(t, visit.id);
    await close(visit.id);
    const attempts = [
      await close(visit.id),
      await defer(visit.id, 'Too late'),
      await t.api.post<ErrorBody>(
        `/api/v1/visits/${visit.id}/insurance`,
        { providerId: await insertProvider(t.database.db), policyNumber: 'X', coverage: 'FULL' },
        CASHIER,
      ),
    ];
    for (const res of attempts) {
      expectRefusal(res, 'VISIT_CLOSED');
    }
    // A new visit for the patient is fine once this one is closed.
    expect((await openVisitOk(t, visit.patientId)).status).toBe('OPEN');
  });

  it('REC-IMMUT-1, VISIT-CLOSE-2: in the database: direct updates of the visit and its charges are refused', async () => {
    const visit = await openVisitOk(t, await insertPatient(t.database.db));
    await recordPayment(t, visit.id, 500_000);
    await consultAndComplete(t, visit.id);
    await close(visit.id);
    const db = t.database.db;
    await expect(
      db.update(visits).set({ status: 'OPEN' }).where(eq(visits.id, visit.id)),
    ).rejects.toMatchObject({
      cause: { code: 'EM001' },
    });
    await expect(
      db.update(visits).set({ chiefComplaint: 'edited' }).where(eq(visits.id, visit.id)),
    ).rejects.toMatchObject({ cause: { code: 'EM001' } });
    await expect(
      db.update(charges).set({ status: 'WAIVED', reason: 'sneaky' }).where(eq(charges.visitId, visit.id)),
    ).rejects.toMatchObject({ cause: { code: 'EM001' } });
    await expect(db.delete(visits).where(eq(visits.id, visit.id))).rejects.toMatchObject({
      cause: { code: 'EM002' },
    });
    expect((await stored(visit.id)).status).toBe('CLOSED');
  });
});
