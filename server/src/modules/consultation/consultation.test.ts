import type { Consultation, ErrorBody, Visit } from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../test/expect-refusal';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { visits } from '../visit-records';
import {
  addCharge,
  auditRows,
  CASHIER,
  consultAndComplete,
  DOCTOR,
  getVisit,
  insertPatient,
  insertProvider,
  insertService,
  NURSE,
  openVisitOk,
  PRIMARY,
  recordPayment,
} from '../visits/testing';
import { consultations } from './consultation.schema';

let t: TestApp;
let lab: { id: string; code: string };

beforeAll(async () => {
  t = await createTestApp();
  await insertService(t.database.db, { department: 'CONSULTATION', price: 500_000, autoBill: true });
  lab = await insertService(t.database.db, { department: 'LAB', price: 250_000 });
});
afterAll(() => t.close());

const url = (visitId: string, action = '') => `/api/v1/visits/${visitId}/consultation${action}`;

async function paidVisit(): Promise<Visit> {
  const visit = await openVisitOk(t, await insertPatient(t.database.db));
  await recordPayment(t, visit.id, 500_000);
  return visit;
}

describe('the payment gate on starting a consultation', () => {
  it('answers 401 to an anonymous caller before looking at anything', async () => {
    const res = await t.api.post<ErrorBody>(url(crypto.randomUUID()), {});
    expectRefusal(res, 'NOT_AUTHENTICATED');
  });

  it('BILL-GATE-1, BILL-GATE-2: refuses an unpaid visit with 403 PAYMENT_NOT_CLEARED and its payment status', async () => {
    const visit = await openVisitOk(t, await insertPatient(t.database.db));
    const res = await t.api.post<ErrorBody>(url(visit.id), {}, DOCTOR);
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      code: 'PAYMENT_NOT_CLEARED',
      details: { paymentStatus: 'UNPAID' },
    });

    await recordPayment(t, visit.id, 200_000);
    const partly = await t.api.post<ErrorBody>(url(visit.id), {}, DOCTOR);
    expect(partly.body.error.details).toEqual({ paymentStatus: 'PARTIALLY_PAID' });
    expect(
      await t.database.db.select().from(consultations).where(eq(consultations.visitId, visit.id)),
    ).toHaveLength(0);
  });

  it('BILL-GATE-2: refuses a visit whose HMO cover is still pending', async () => {
    const providerId = await insertProvider(t.database.db);
    const visit = await openVisitOk(t, await insertPatient(t.database.db), {
      payer: 'HMO',
      insurance: { providerId, policyNumber: 'H-1', coverage: 'FULL' },
    });
    const res = await t.api.post<ErrorBody>(url(visit.id), {}, DOCTOR);
    expect(res.status).toBe(403);
    expect(res.body.error.details).toEqual({ paymentStatus: 'INSURANCE_PENDING' });

    await t.api.post(`/api/v1/visits/${visit.id}/insurance/approve`, { authorizationCode: 'OK-1' }, CASHIER);
    expect((await t.api.post(url(visit.id), {}, DOCTOR)).status).toBe(201);
  });

  it('opens once the visit is paid, and only once', async () => {
    const visit = await paidVisit();
    const res = await t.api.post<Consultation>(
      url(visit.id),
      { presentingComplaint: 'Headache', diagnoses: [{ code: 'r51', text: 'Headache', primary: true }] },
      DOCTOR,
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      visitId: visit.id,
      status: 'IN_PROGRESS',
      presentingComplaint: 'Headache',
      diagnoses: [{ code: 'R51', text: 'Headache', primary: true }],
      completedAt: null,
      doctorName: 'Test DOCTOR',
    });
    const [audit] = await auditRows(t.database.db, 'consultation.start', visit.id);
    expect(audit?.metadata).toEqual({ fields: ['diagnoses', 'presentingComplaint'] });
    expect(await auditRows(t.database.db, 'payment_gate.bypass', visit.id)).toHaveLength(0);

    const again = await t.api.post<ErrorBody>(url(visit.id), {}, DOCTOR);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'DUPLICATE', details: { consultationId: res.body.id } });
  });

  it('VISIT-EMERG-1: lets an emergency through unpaid and audits the bypass', async () => {
    const visit = await openVisitOk(t, await insertPatient(t.database.db), {
      type: 'EMERGENCY',
      emergency: true,
      emergencyReason: 'Severe asthma attack',
    });
    const res = await t.api.post<Consultation>(url(visit.id), undefined, DOCTOR);
    expect(res.status, res.text).toBe(201);
    const [bypass] = await auditRows(t.database.db, 'payment_gate.bypass', visit.id);
    expect(bypass).toMatchObject({ entity_id: res.body.id });
    expect(bypass?.metadata).toEqual({ gate: 'consultation', paymentStatus: 'UNPAID' });
  });

  it('DOM-VISIT-1: answers 404 for an unknown visit and 403 to other roles', async () => {
    expect((await t.api.post(url(crypto.randomUUID()), {}, DOCTOR)).status).toBe(404);
    const visit = await paidVisit();
    expect((await t.api.post(url(visit.id), {}, NURSE)).status).toBe(403);
    expect((await t.api.post(url(visit.id), {}, CASHIER)).status).toBe(403);
  });
});

describe('writing the consultation', () => {
  it('validates ICD-10 codes and exactly one primary diagnosis', async () => {
    const visit = await paidVisit();
    const cases = [
      [{ code: 'MALARIA', text: 'Malaria', primary: true }],
      [
        { code: 'B54', text: 'Malaria', primary: true },
        { code: 'J06.9', text: 'URTI', primary: true },
      ],
      [{ code: 'B54', text: 'Malaria', primary: false }],
      [{ code: 'B54', text: '', primary: true }],
    ];
    for (const diagnoses of cases) {
      const res = await t.api.post<ErrorBody>(url(visit.id), { diagnoses }, DOCTOR);
      expect(res.status, JSON.stringify(diagnoses)).toBe(400);
    }
    expect((await t.api.post(url(visit.id), { complaint: 'typo field' }, DOCTOR)).status).toBe(400);
  });

  it('BILL-GATE-5: keeps an IN_PROGRESS consultation editable even when new charges make the visit owe', async () => {
    const visit = await paidVisit();
    await t.api.post(url(visit.id), { presentingComplaint: 'Cough' }, DOCTOR);
    await addCharge(t, visit.id, lab.code);
    expect((await getVisit(t, visit.id)).paymentStatus).toBe('PARTIALLY_PAID');

    const res = await t.api.patch<Consultation>(
      url(visit.id),
      { examination: 'Chest clear', plan: 'FBC', diagnoses: [PRIMARY], presentingComplaint: '' },
      DOCTOR,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      examination: 'Chest clear',
      plan: 'FBC',
      presentingComplaint: null,
      diagnoses: [PRIMARY],
    });
    const [audit] = await auditRows(t.database.db, 'consultation.update', visit.id);
    expect(audit?.metadata).toEqual({ fields: ['diagnoses', 'examination', 'plan', 'presentingComplaint'] });
    expect((await t.api.patch(url(visit.id), {}, DOCTOR)).status).toBe(400);
  });

  it('CONS-1: completes only with a primary diagnosis, and a completed consultation never changes', async () => {
    const visit = await paidVisit();
    await t.api.post(url(visit.id), { history: 'No known allergies' }, DOCTOR);
    const early = await t.api.post<ErrorBody>(url(visit.id, '/complete'), undefined, DOCTOR);
    expectRefusal(early, 'DIAGNOSIS_REQUIRED');

    await t.api.patch(url(visit.id), { diagnoses: [PRIMARY] }, DOCTOR);
    const done = await t.api.post<Consultation>(url(visit.id, '/complete'), undefined, DOCTOR);
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('COMPLETED');
    expect(done.body.completedAt).not.toBeNull();
    expect(await auditRows(t.database.db, 'consultation.complete', visit.id)).toHaveLength(1);

    const edit = await t.api.patch<ErrorBody>(url(visit.id), { notes: 'Afterthought' }, DOCTOR);
    expectRefusal(edit, 'IMMUTABLE_RECORD');
    expect((await t.api.post<ErrorBody>(url(visit.id, '/complete'), undefined, DOCTOR)).status).toBe(409);
    // The database refuses too, whoever asks.
    await expect(
      t.database.db.update(consultations).set({ notes: 'x' }).where(eq(consultations.visitId, visit.id)),
    ).rejects.toMatchObject({ cause: { code: 'EM002' } });
  });

  it('answers 404 to PATCH and complete before the consultation is started', async () => {
    const visit = await paidVisit();
    expect((await t.api.patch(url(visit.id), { notes: 'x' }, DOCTOR)).status).toBe(404);
    expect((await t.api.post(url(visit.id, '/complete'), undefined, DOCTOR)).status).toBe(404);
  });
});

describe('reading the consultation', () => {
  it('is open to doctors and nurses, audited as a chart view, also after the visit closed', async () => {
    const visit = await paidVisit();
    expect((await t.api.get(url(visit.id), NURSE)).status).toBe(404);
    await consultAndComplete(t, visit.id);
    expect((await t.api.post(`/api/v1/visits/${visit.id}/close`, undefined, DOCTOR)).status).toBe(200);

    const res = await t.api.get<Consultation>(url(visit.id), NURSE);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'COMPLETED', diagnoses: [PRIMARY] });
    const [view] = await auditRows(t.database.db, 'consultation.view', visit.id);
    expect(view).toMatchObject({ entity_id: res.body.id, patient_id: visit.patientId });
    expect((await t.api.get(url(visit.id), CASHIER)).status).toBe(403);
    expect((await t.api.get(url(crypto.randomUUID()), DOCTOR)).status).toBe(404);
  });
});

describe('a closed visit', () => {
  it('refuses starting, editing and completing with 409 VISIT_CLOSED', async () => {
    const visit = await paidVisit();
    await consultAndComplete(t, visit.id);
    await t.api.post(`/api/v1/visits/${visit.id}/close`, undefined, DOCTOR);
    const [row] = await t.database.db.select().from(visits).where(eq(visits.id, visit.id));
    expect(row?.status).toBe('CLOSED');
    for (const res of [
      await t.api.post<ErrorBody>(url(visit.id), {}, DOCTOR),
      await t.api.patch<ErrorBody>(url(visit.id), { notes: 'late' }, DOCTOR),
      await t.api.post<ErrorBody>(url(visit.id, '/complete'), undefined, DOCTOR),
    ]) {
      expectRefusal(res, 'VISIT_CLOSED');
    }
  });
});
