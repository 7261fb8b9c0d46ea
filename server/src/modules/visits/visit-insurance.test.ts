import type { ErrorBody, Visit, VisitInsuranceChanged } from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { visits } from '../visit-records';
import { auditRows, insertPatient, insertProvider, insertService } from './testing/visit-fixtures';
import {
  addCharge,
  CASHIER,
  consultAndComplete,
  DOCTOR,
  getVisit,
  openVisitOk,
  RECEPTION,
  recordPayment,
} from './testing/visit-flow';

let t: TestApp;
let providerId: string;
let lab: { id: string; code: string };

beforeAll(async () => {
  t = await createTestApp();
  providerId = await insertProvider(t.database.db);
  await insertService(t.database.db, { department: 'CONSULTATION', price: 500_000, autoBill: true });
  lab = await insertService(t.database.db, { department: 'LAB', price: 300_000 });
});
afterAll(() => t.close());

const url = (visitId: string, action = '') => `/api/v1/visits/${visitId}/insurance${action}`;

async function storedStatus(visitId: string) {
  const [row] = await t.database.db
    .select({ paymentStatus: visits.paymentStatus, payer: visits.payer })
    .from(visits)
    .where(eq(visits.id, visitId));
  return row;
}

async function hmoVisit(coverage: 'FULL' | 'PARTIAL', coveragePercent?: number): Promise<Visit> {
  const patientId = await insertPatient(t.database.db);
  return openVisitOk(t, patientId, {
    payer: 'HMO',
    insurance: {
      providerId,
      policyNumber: 'AXA/1029',
      coverage,
      ...(coveragePercent ? { coveragePercent } : {}),
    },
  });
}

async function approve(visitId: string, body: object) {
  return t.api.post<VisitInsuranceChanged & ErrorBody>(url(visitId, '/approve'), body, CASHIER);
}

describe('attaching cover to a visit', () => {
  it('HMO-COVER-1: puts a cash visit on the HMO, PENDING, and the visit waits for it', async () => {
    const visit = await openVisitOk(t, await insertPatient(t.database.db));
    expect(visit.paymentStatus).toBe('UNPAID');
    const res = await t.api.post<VisitInsuranceChanged>(
      url(visit.id),
      { providerId, policyNumber: 'AXA/77', coverage: 'PARTIAL', coveragePercent: 60 },
      CASHIER,
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      providerId,
      status: 'PENDING',
      coverage: 'PARTIAL',
      coveragePercent: 60,
      approvedAmount: null,
      visit: {
        id: visit.id,
        paymentStatus: 'INSURANCE_PENDING',
        paymentCleared: false,
        outstanding: 200_000,
      },
    });
    expect(res.body.providerName).toMatch(/^Test HMO/);
    expect(await storedStatus(visit.id)).toEqual({ paymentStatus: 'INSURANCE_PENDING', payer: 'HMO' });
    const [audit] = await auditRows(t.database.db, 'insurance.attach', visit.id);
    expect(audit?.metadata).toMatchObject({ providerId, coveragePercent: 60, previousPayer: 'CASH' });
  });

  it('refuses a second cover on the visit, whatever became of the first', async () => {
    const visit = await hmoVisit('FULL');
    const again = await t.api.post<ErrorBody>(
      url(visit.id),
      { providerId, policyNumber: 'AXA/78', coverage: 'FULL' },
      CASHIER,
    );
    expect(again.status).toBe(409);
    expect(again.body.error.details).toMatchObject({ status: 'PENDING' });
    await t.api.post(url(visit.id, '/reject'), { reason: 'Policy lapsed' }, CASHIER);
    const afterReject = await t.api.post<ErrorBody>(
      url(visit.id),
      { providerId, policyNumber: 'AXA/78', coverage: 'FULL' },
      CASHIER,
    );
    expect(afterReject.status).toBe(409);
    expect(afterReject.body.error.details).toMatchObject({ status: 'REJECTED' });
  });

  it('validates cover, visit and provider, and is for cashiers only', async () => {
    const visit = await openVisitOk(t, await insertPatient(t.database.db));
    const partialWithoutPercent = await t.api.post(
      url(visit.id),
      { providerId, policyNumber: 'P', coverage: 'PARTIAL' },
      CASHIER,
    );
    expect(partialWithoutPercent.status).toBe(400);
    const cover = { providerId, policyNumber: 'P', coverage: 'FULL' };
    expect((await t.api.post(url(crypto.randomUUID()), cover, CASHIER)).status).toBe(404);
    const inactive = await insertProvider(t.database.db, { active: false });
    expect((await t.api.post(url(visit.id), { ...cover, providerId: inactive }, CASHIER)).status).toBe(409);
    expect((await t.api.post(url(visit.id), cover, RECEPTION)).status).toBe(403);
    expect((await t.api.post(url(visit.id), cover)).status).toBe(401);
    expect((await storedStatus(visit.id))?.payer).toBe('CASH');
  });
});

describe('approving cover', () => {
  it("HMO-COVER-2: defaults the amount to the HMO's share of the current bill", async () => {
    const visit = await hmoVisit('PARTIAL', 70);
    const res = await approve(visit.id, { authorizationCode: 'AUTH-1' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'APPROVED',
      authorizationCode: 'AUTH-1',
      approvedAmount: 350_000,
      visit: { paymentStatus: 'UNPAID', outstanding: 150_000 },
    });
    expect((await storedStatus(visit.id))?.paymentStatus).toBe('UNPAID');
    await recordPayment(t, visit.id, 150_000);
    expect((await storedStatus(visit.id))?.paymentStatus).toBe('INSURANCE_CLAIMED');
    const [audit] = await auditRows(t.database.db, 'insurance.approve', visit.id);
    expect(audit?.metadata).toMatchObject({
      approvedAmount: 350_000,
      defaulted: true,
      paymentStatus: 'UNPAID',
    });
  });

  it('clears a FULL cover at once: nothing left for the patient', async () => {
    const visit = await hmoVisit('FULL');
    const res = await approve(visit.id, { authorizationCode: 'AUTH-2' });
    expect(res.body).toMatchObject({
      approvedAmount: 500_000,
      visit: { paymentStatus: 'INSURANCE_CLAIMED', paymentCleared: true, outstanding: 0 },
    });
  });

  it('HMO-COVER-2: treats an approved amount of 0 as zero cover, not unlimited', async () => {
    const visit = await hmoVisit('FULL');
    const res = await approve(visit.id, { authorizationCode: 'AUTH-0', approvedAmount: 0 });
    expect(res.body).toMatchObject({
      approvedAmount: 0,
      visit: { paymentStatus: 'UNPAID', outstanding: 500_000 },
    });
    const detail = await getVisit(t, visit.id);
    expect(detail.summary).toMatchObject({ hmoCovered: 0, patientShare: 500_000 });
  });

  it('HMO-COVER-3: tops up an approval only upwards, keeping the history in the audit log', async () => {
    const visit = await hmoVisit('FULL');
    await approve(visit.id, { authorizationCode: 'AUTH-3', approvedAmount: 500_000 });
    await addCharge(t, visit.id, lab.code);
    expect((await storedStatus(visit.id))?.paymentStatus).toBe('UNPAID');

    for (const amount of [500_000, 400_000]) {
      const refused = await approve(visit.id, { authorizationCode: 'AUTH-3B', approvedAmount: amount });
      expect(refused.status).toBe(409);
      expect(refused.body.error).toMatchObject({
        code: 'INVALID_TRANSITION',
        details: { machine: 'INSURANCE', reason: 'TOP_UP_MUST_RAISE_AMOUNT' },
      });
    }
    // Without an amount, the default is the HMO's share of the bill as it now stands.
    const topUp = await approve(visit.id, { authorizationCode: 'AUTH-3C' });
    expect(topUp.status).toBe(200);
    expect(topUp.body).toMatchObject({
      approvedAmount: 800_000,
      authorizationCode: 'AUTH-3C',
      visit: { paymentStatus: 'INSURANCE_CLAIMED', outstanding: 0 },
    });
    const [audit] = await auditRows(t.database.db, 'insurance.top_up', visit.id);
    expect(audit?.metadata).toMatchObject({
      approvedAmount: 800_000,
      previousAmount: 500_000,
      previousAuthorizationCode: 'AUTH-3',
    });
  });

  it('validates the body and is for cashiers only', async () => {
    const visit = await hmoVisit('FULL');
    expect((await approve(visit.id, { approvedAmount: 10 })).status).toBe(400);
    expect((await approve(visit.id, { authorizationCode: 'A', approvedAmount: -1 })).status).toBe(400);
    expect((await approve(visit.id, { authorizationCode: 'A', approvedAmount: 1.5 })).status).toBe(400);
    expect((await t.api.post(url(visit.id, '/approve'), { authorizationCode: 'A' }, DOCTOR)).status).toBe(
      403,
    );
    const cash = await openVisitOk(t, await insertPatient(t.database.db));
    expect((await approve(cash.id, { authorizationCode: 'A' })).status).toBe(404);
  });
});

describe('rejecting cover', () => {
  it('HMO-COVER-3: moves the whole bill to the patient and bills the visit as cash', async () => {
    const visit = await hmoVisit('PARTIAL', 50);
    const res = await t.api.post<VisitInsuranceChanged>(
      url(visit.id, '/reject'),
      { reason: 'Not covered' },
      CASHIER,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Not covered',
      visit: { paymentStatus: 'UNPAID', outstanding: 500_000 },
    });
    expect(await storedStatus(visit.id)).toEqual({ paymentStatus: 'UNPAID', payer: 'CASH' });
    const [audit] = await auditRows(t.database.db, 'insurance.reject', visit.id);
    expect(audit?.metadata).toMatchObject({ reason: 'Not covered' });

    const approveAfter = await approve(visit.id, { authorizationCode: 'LATE' });
    expect(approveAfter.body.error).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { reason: 'TERMINAL_STATUS' },
    });
  });

  it('refuses to reject an approved cover', async () => {
    const visit = await hmoVisit('FULL');
    await approve(visit.id, { authorizationCode: 'AUTH-4' });
    const res = await t.api.post<ErrorBody>(
      url(visit.id, '/reject'),
      { reason: 'Changed our mind' },
      CASHIER,
    );
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { reason: 'ALREADY_APPROVED' },
    });
    expect((await storedStatus(visit.id))?.paymentStatus).toBe('INSURANCE_CLAIMED');
  });

  it('needs a reason', async () => {
    const visit = await hmoVisit('FULL');
    expect((await t.api.post(url(visit.id, '/reject'), { reason: 'no' }, CASHIER)).status).toBe(400);
    expect((await t.api.post(url(visit.id, '/reject'), {}, CASHIER)).status).toBe(400);
  });
});

describe('the HMO remitting its share', () => {
  it('settles the visit once, also after it closed, and refuses everything else on a closed visit', async () => {
    const visit = await hmoVisit('FULL');
    const pendingRemit = await t.api.post<ErrorBody>(url(visit.id, '/remit'), {}, CASHIER);
    expect(pendingRemit.status).toBe(409);
    await approve(visit.id, { authorizationCode: 'AUTH-5' });
    await consultAndComplete(t, visit.id);
    expect((await t.api.post(`/api/v1/visits/${visit.id}/close`, undefined, DOCTOR)).status).toBe(200);

    for (const [path, body] of [
      ['/approve', { authorizationCode: 'AUTH-6', approvedAmount: 900_000 }],
      ['/reject', { reason: 'Too late' }],
      ['', { providerId, policyNumber: 'P', coverage: 'FULL' }],
    ] as const) {
      const res = await t.api.post<ErrorBody>(url(visit.id, path), body, CASHIER);
      expect(res.status, path).toBe(409);
      expect(res.body.error.code).toBe('VISIT_CLOSED');
    }

    const remit = await t.api.post<VisitInsuranceChanged>(
      url(visit.id, '/remit'),
      { reference: 'TRF-2291' },
      CASHIER,
    );
    expect(remit.status).toBe(200);
    expect(remit.body).toMatchObject({ visit: { paymentStatus: 'SETTLED', paymentCleared: true } });
    expect(remit.body.remittedAt).not.toBeNull();
    expect((await storedStatus(visit.id))?.paymentStatus).toBe('SETTLED');
    const [audit] = await auditRows(t.database.db, 'insurance.remit', visit.id);
    expect(audit?.metadata).toMatchObject({
      amount: 500_000,
      reference: 'TRF-2291',
      paymentStatus: 'SETTLED',
    });

    expect((await t.api.post(url(visit.id, '/remit'), {}, CASHIER)).status).toBe(409);
  });

  it('refuses a remittance when the HMO approved nothing', async () => {
    const visit = await hmoVisit('FULL');
    await approve(visit.id, { authorizationCode: 'AUTH-7', approvedAmount: 0 });
    const res = await t.api.post<ErrorBody>(url(visit.id, '/remit'), {}, CASHIER);
    expect(res.status).toBe(409);
    expect(res.body.error.details).toEqual({ hmoCovered: 0 });
  });
});
