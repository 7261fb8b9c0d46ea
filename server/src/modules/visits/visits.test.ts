import { type ErrorBody, oldestFirst, type Page, type Visit, type VisitListItem } from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../test/expect-refusal';
import { createTestApp, createUser, type TestApp, testClock } from '../../../test/test-app';
import { ENGINE } from '../../../test/test-database';
import { charges } from '../billing';
import { visitInsurance, visits } from '../visit-records';
import {
  auditRows,
  enrolPatient,
  insertPatient,
  insertProvider,
  insertService,
  insertTariff,
} from './testing/visit-fixtures';
import {
  CASHIER,
  consultAndComplete,
  DOCTOR,
  NURSE,
  openVisitOk,
  RECEPTION,
  recordPayment,
} from './testing/visit-flow';

// 23:30 UTC on 13 March is 00:30 on the 14th in Lagos: the clinic's day, and its year, decide.
const clock = testClock(new Date('2026-03-13T23:30:00Z'));
let t: TestApp;
let consultationFee: { id: string; code: string };
let registrationFee: { id: string; code: string };

beforeAll(async () => {
  t = await createTestApp({ clock });
  registrationFee = await insertService(t.database.db, {
    department: 'REGISTRATION',
    price: 200_000,
    autoBill: true,
  });
  consultationFee = await insertService(t.database.db, {
    department: 'CONSULTATION',
    price: 500_000,
    autoBill: true,
  });
  // Neither is billed on opening: one is not auto-billed, the other is retired.
  await insertService(t.database.db, { department: 'LAB', price: 150_000 });
  await insertService(t.database.db, { department: 'NURSING', price: 90_000, autoBill: true, active: false });
});
afterAll(() => t.close());

const URL = '/api/v1/visits';

async function storedVisit(id: string) {
  const [row] = await t.database.db.select().from(visits).where(eq(visits.id, id));
  if (!row) throw new Error('visit not stored');
  return row;
}

describe('opening a cash visit', () => {
  it('VISIT-1, VISIT-FEE-1: numbers it in the clinic year, bills registration and consultation, and stores UNPAID', async () => {
    const patientId = await insertPatient(t.database.db);
    const res = await t.api.post<Visit>(
      URL,
      { patientId, type: 'OUTPATIENT', payer: 'CASH', chiefComplaint: 'Fever' },
      RECEPTION,
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      patientId,
      status: 'OPEN',
      payer: 'CASH',
      emergency: false,
      paymentStatus: 'UNPAID',
      paymentCleared: false,
      insurance: null,
      consultation: null,
      chiefComplaint: 'Fever',
      summary: { charges: 700_000, net: 700_000, patientShare: 700_000, paid: 0, outstanding: 700_000 },
    });
    expect(res.body.number).toMatch(/^V-2026-\d{6}$/);
    const stored = await storedVisit(res.body.id);
    expect(stored).toMatchObject({ paymentStatus: 'UNPAID', outstandingMinor: 700_000 });
    const billed = await t.database.db.select().from(charges).where(eq(charges.visitId, res.body.id));
    // Billed registration first, so "oldest first" pays the registration fee before the consultation.
    const inBillingOrder = oldestFirst(billed);
    expect(inBillingOrder.map((c) => c.serviceCode)).toEqual([registrationFee.code, consultationFee.code]);
    expect(inBillingOrder[0]?.createdAt.getTime()).toBeLessThan(inBillingOrder[1]?.createdAt.getTime() ?? 0);
    expect(billed.every((c) => c.autoBilled)).toBe(true);
    const [audit] = await auditRows(t.database.db, 'visit.open', res.body.id);
    expect(audit).toMatchObject({ patient_id: patientId, entity_id: res.body.id });
    expect(audit?.metadata).toMatchObject({
      payer: 'CASH',
      paymentStatus: 'UNPAID',
      number: res.body.number,
    });
  });

  it('VISIT-OPEN-1: refuses a second open visit for the patient with 409 VISIT_ALREADY_OPEN naming the open one', async () => {
    const patientId = await insertPatient(t.database.db);
    const first = await openVisitOk(t, patientId);
    const second = await t.api.post<ErrorBody>(
      URL,
      { patientId, type: 'FOLLOW_UP', payer: 'CASH' },
      RECEPTION,
    );
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({
      code: 'VISIT_ALREADY_OPEN',
      details: { visitId: first.id, number: first.number },
    });
  });

  it('VISIT-FEE-1: bills registration only on the first visit ever; the consultation fee every time', async () => {
    const patientId = await insertPatient(t.database.db);
    const first = await openVisitOk(t, patientId);
    await recordPayment(t, first.id, 700_000);
    await consultAndComplete(t, first.id);
    expect((await t.api.post(`${URL}/${first.id}/close`, undefined, DOCTOR)).status).toBe(200);

    const again = await openVisitOk(t, patientId, { type: 'FOLLOW_UP' });
    expect(again.summary.charges).toBe(500_000);
    const billed = await t.database.db.select().from(charges).where(eq(charges.visitId, again.id));
    expect(billed.map((c) => c.serviceCode)).toEqual([consultationFee.code]);
    expect(Number(again.number.slice(-6))).toBeGreaterThan(Number(first.number.slice(-6)));
  });

  it('assigns an active doctor and refuses anyone else', async () => {
    const patientId = await insertPatient(t.database.db);
    const nurse = await createUser(t, ['NURSE']);
    const refused = await t.api.post<ErrorBody>(
      URL,
      { patientId, type: 'OUTPATIENT', payer: 'CASH', assignedDoctorId: nurse.id },
      RECEPTION,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual([
      { path: 'body.assignedDoctorId', message: 'must be an active doctor' },
    ]);
    const doctor = await createUser(t, ['DOCTOR']);
    const visit = await openVisitOk(t, patientId, { assignedDoctorId: doctor.id });
    expect(visit.assignedDoctorId).toBe(doctor.id);
    expect(visit.assignedDoctorName).toBe('Test DOCTOR');
  });

  it('refuses unknown and archived patients', async () => {
    const unknown = await t.api.post<ErrorBody>(
      URL,
      { patientId: crypto.randomUUID(), type: 'OUTPATIENT', payer: 'CASH' },
      RECEPTION,
    );
    expect(unknown.status).toBe(404);
    const archived = await insertPatient(t.database.db, { archived: true });
    const res = await t.api.post<ErrorBody>(
      URL,
      { patientId: archived, type: 'OUTPATIENT', payer: 'CASH' },
      RECEPTION,
    );
    expectRefusal(res, 'CONFLICT');
    expect(await t.database.db.select().from(visits).where(eq(visits.patientId, archived))).toHaveLength(0);
  });

  it('validates the body: type, payer, cover only for HMO', async () => {
    const patientId = await insertPatient(t.database.db);
    const providerId = await insertProvider(t.database.db);
    for (const bad of [
      { type: 'WALK_IN', payer: 'CASH' },
      { type: 'OUTPATIENT', payer: 'CREDIT' },
      {
        type: 'OUTPATIENT',
        payer: 'CASH',
        insurance: { providerId, policyNumber: 'P-1', coverage: 'FULL' },
      },
    ]) {
      const res = await t.api.post<ErrorBody>(URL, { patientId, ...bad }, RECEPTION);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('lets only reception open visits, and nobody anonymous', async () => {
    const patientId = await insertPatient(t.database.db);
    const body = { patientId, type: 'OUTPATIENT', payer: 'CASH' };
    expect((await t.api.post<ErrorBody>(URL, body, CASHIER)).body.error.code).toBe('FORBIDDEN');
    expect((await t.api.post(URL, body, DOCTOR)).status).toBe(403);
    expect((await t.api.post(URL, body)).status).toBe(401);
  });
});

describe('opening an emergency visit', () => {
  it('needs a reason of at least three characters', async () => {
    const patientId = await insertPatient(t.database.db);
    for (const reason of [undefined, 'RT']) {
      const res = await t.api.post<ErrorBody>(
        URL,
        { patientId, type: 'EMERGENCY', payer: 'CASH', emergency: true, emergencyReason: reason },
        RECEPTION,
      );
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.error.details)).toContain('emergencyReason');
    }
  });

  it('records the flag and audits the reason', async () => {
    const patientId = await insertPatient(t.database.db);
    const visit = await openVisitOk(t, patientId, {
      type: 'EMERGENCY',
      emergency: true,
      emergencyReason: 'Road traffic accident, unconscious',
    });
    expect(visit).toMatchObject({ emergency: true, paymentStatus: 'UNPAID', paymentCleared: false });
    const [audit] = await auditRows(t.database.db, 'visit.emergency', visit.id);
    expect(audit?.metadata).toEqual({ reason: 'Road traffic accident, unconscious' });
  });
});

describe('opening an HMO visit', () => {
  it('takes cover from the body, prices fees at the tariff, and stores INSURANCE_PENDING', async () => {
    const patientId = await insertPatient(t.database.db);
    const providerId = await insertProvider(t.database.db);
    await insertTariff(t.database.db, providerId, consultationFee.id, 400_000);
    const visit = await openVisitOk(t, patientId, {
      payer: 'HMO',
      insurance: { providerId, policyNumber: 'HYG/204871', coverage: 'PARTIAL', coveragePercent: 70 },
    });
    expect(visit).toMatchObject({
      payer: 'HMO',
      paymentStatus: 'INSURANCE_PENDING',
      insurance: {
        providerId,
        policyNumber: 'HYG/204871',
        coverage: 'PARTIAL',
        coveragePercent: 70,
        status: 'PENDING',
      },
      // 200,000 registration at the catalogue price + 400,000 consultation at the tariff; 70% pending.
      summary: { charges: 600_000, hmoPending: 420_000, patientShare: 180_000 },
    });
    expect((await storedVisit(visit.id)).paymentStatus).toBe('INSURANCE_PENDING');
    expect((await auditRows(t.database.db, 'visit.open', visit.id))[0]?.metadata).toMatchObject({
      coverFrom: 'REQUEST',
    });
  });

  it("pre-fills cover from the patient's active enrolment", async () => {
    const patientId = await insertPatient(t.database.db);
    const providerId = await insertProvider(t.database.db);
    await enrolPatient(t.database.db, patientId, providerId, { coverage: 'FULL', coveragePercent: 100 });
    const visit = await openVisitOk(t, patientId, { payer: 'HMO' });
    expect(visit.insurance).toMatchObject({
      providerId,
      coverage: 'FULL',
      coveragePercent: 100,
      status: 'PENDING',
    });
    const [cover] = await t.database.db
      .select()
      .from(visitInsurance)
      .where(eq(visitInsurance.visitId, visit.id));
    expect(cover?.policyNumber).toMatch(/^POL\//);
  });

  it('refuses HMO without cover in the body or a valid enrolment', async () => {
    const patientId = await insertPatient(t.database.db);
    const providerId = await insertProvider(t.database.db);
    // Expired the day before the clinic's today (14 March in Lagos).
    await enrolPatient(t.database.db, patientId, providerId, {
      coverage: 'FULL',
      coveragePercent: 100,
      validTo: '2026-03-13',
    });
    const res = await t.api.post<ErrorBody>(URL, { patientId, type: 'OUTPATIENT', payer: 'HMO' }, RECEPTION);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      { path: 'body.insurance', message: 'required: the patient has no active HMO enrolment' },
    ]);
    expect(await t.database.db.select().from(visits).where(eq(visits.patientId, patientId))).toHaveLength(0);
  });

  it('refuses an inactive provider (409) and an unknown one (400)', async () => {
    const patientId = await insertPatient(t.database.db);
    const inactive = await insertProvider(t.database.db, { active: false });
    const cover = { policyNumber: 'P-77', coverage: 'FULL' };
    const res = await t.api.post<ErrorBody>(
      URL,
      { patientId, type: 'OUTPATIENT', payer: 'HMO', insurance: { ...cover, providerId: inactive } },
      RECEPTION,
    );
    expect(res.status).toBe(409);
    const unknown = await t.api.post<ErrorBody>(
      URL,
      {
        patientId,
        type: 'OUTPATIENT',
        payer: 'HMO',
        insurance: { ...cover, providerId: crypto.randomUUID() },
      },
      RECEPTION,
    );
    expect(unknown.status).toBe(400);
  });
});

describe('visit detail and list', () => {
  it('shows the detail to staff who need it and audits the chart view', async () => {
    const patientId = await insertPatient(t.database.db);
    const visit = await openVisitOk(t, patientId);
    const res = await t.api.get<Visit>(`${URL}/${visit.id}`, NURSE);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: visit.id,
      patient: { id: patientId, firstName: 'Chiamaka', lastName: 'Okonkwo' },
      paymentStatus: 'UNPAID',
      paymentCleared: false,
      balanceDeferred: false,
    });
    const views = await auditRows(t.database.db, 'visit.view', visit.id);
    expect(views).toHaveLength(1);
    expect(views[0]?.patient_id).toBe(patientId);
    expect((await t.api.get(`${URL}/${crypto.randomUUID()}`, NURSE)).status).toBe(404);
    expect((await t.api.get(`${URL}/${visit.id}`, { roles: ['ADMIN'] })).status).toBe(403);
    expect((await t.api.get(`${URL}/${visit.id}`, { roles: ['PATIENT'] })).status).toBe(403);
  });

  it('filters by status, payment status, patient, assigned doctor and clinic date, with name and MRN', async () => {
    const patientId = await insertPatient(t.database.db);
    const doctor = await createUser(t, ['DOCTOR']);
    const visit = await openVisitOk(t, patientId, { assignedDoctorId: doctor.id });
    const list = async (query: string) => {
      const res = await t.api.get<Page<VisitListItem>>(`${URL}?${query}`, CASHIER);
      expect(res.status, query).toBe(200);
      return res.body;
    };
    const mine = await list(`patientId=${patientId}`);
    expect(mine.total).toBe(1);
    expect(mine.items[0]).toMatchObject({
      id: visit.id,
      number: visit.number,
      patientName: 'Chiamaka Adaeze Okonkwo',
      paymentStatus: 'UNPAID',
      outstanding: 700_000,
      assignedDoctorId: doctor.id,
      consultationStatus: null,
    });
    expect(mine.items[0]?.mrn).toMatch(/^TST-/);
    expect((await list(`doctorId=${doctor.id}`)).items.map((v) => v.id)).toEqual([visit.id]);
    expect((await list(`patientId=${patientId}&status=CLOSED`)).total).toBe(0);
    expect((await list(`patientId=${patientId}&paymentStatus=UNPAID`)).total).toBe(1);
    expect((await list(`patientId=${patientId}&paymentStatus=PAID`)).total).toBe(0);
    // Opened at 23:30 UTC on the 13th: the 14th on the clinic's calendar.
    expect((await list(`patientId=${patientId}&date=2026-03-14`)).total).toBe(1);
    expect((await list(`patientId=${patientId}&date=2026-03-13`)).total).toBe(0);
  });

  it('pages newest first and refuses bad filters', async () => {
    const page1 = await t.api.get<Page<VisitListItem>>(`${URL}?pageSize=2&page=1`, CASHIER);
    const page2 = await t.api.get<Page<VisitListItem>>(`${URL}?pageSize=2&page=2`, CASHIER);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.total).toBeGreaterThan(3);
    const ids = [...page1.body.items, ...page2.body.items].map((v) => v.id);
    expect(new Set(ids).size).toBe(4);
    const opened = [...page1.body.items, ...page2.body.items].map((v) => v.openedAt);
    expect([...opened].sort().reverse()).toEqual(opened);
    for (const bad of ['date=2026-02-30', 'status=PENDING', 'pageSize=500', 'patientId=x']) {
      expect((await t.api.get(`${URL}?${bad}`, CASHIER)).status, bad).toBe(400);
    }
  });
});

describe.skipIf(ENGINE !== 'postgres')('parallel opens (PostgreSQL, real connections)', () => {
  it('VISIT-OPEN-1: lets exactly one of two simultaneous opens for a patient through; numbers stay gapless', async () => {
    for (let round = 0; round < 8; round++) {
      const patientId = await insertPatient(t.database.db);
      const body = { patientId, type: 'OUTPATIENT', payer: 'CASH' };
      const results = await Promise.all([
        t.api.post<Visit & ErrorBody>(URL, body, RECEPTION),
        t.api.post<Visit & ErrorBody>(URL, body, RECEPTION),
      ]);
      const statuses = results.map((r) => r.status).sort();
      expect(statuses, `round ${round}`).toEqual([201, 409]);
      const created = results.find((r) => r.status === 201)?.body;
      const refused = results.find((r) => r.status === 409)?.body;
      expect(refused?.error).toMatchObject({ code: 'VISIT_ALREADY_OPEN', details: { visitId: created?.id } });
      const open = await t.database.db.select().from(visits).where(eq(visits.patientId, patientId));
      expect(open).toHaveLength(1);
    }
    // The refused open gave its number back: every visit of the year is numbered 1..n without a hole.
    const numbers = (await t.database.db.select({ n: visits.number }).from(visits))
      .map((v) => Number(v.n.slice(-6)))
      .sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});
