import type { Page, Visit, VisitListItem } from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type RequestOptions, type TestApp, testClock } from '../../../test/test-app';
import { visits } from '../visit-records';
import {
  CASHIER,
  consultAndComplete,
  DOCTOR,
  insertPatient,
  insertProvider,
  insertService,
  NURSE,
  openVisitOk,
  PRIMARY,
  RECEPTION,
  recordPayment,
} from '../visits/testing';

// 10:00 in Lagos on 14 March: "today" runs from 23:00 UTC on the 13th to 23:00 UTC on the 14th.
const clock = testClock(new Date('2026-03-14T09:00:00Z'));
let t: TestApp;
let myDoctor: RequestOptions;
let myDoctorId: string;
const v: Record<string, Visit> = {};

async function open(name: string, over: Parameters<typeof openVisitOk>[2] = {}) {
  v[name] = await openVisitOk(t, await insertPatient(t.database.db), over);
  return v[name];
}

async function setOpenedAt(visitId: string, at: string) {
  await t.database.db
    .update(visits)
    .set({ openedAt: new Date(at) })
    .where(eq(visits.id, visitId));
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  await insertService(t.database.db, { department: 'CONSULTATION', price: 500_000, autoBill: true });
  const providerId = await insertProvider(t.database.db);
  const doctor = await loginAs(t, 'DOCTOR');
  myDoctor = { token: doctor.token };
  myDoctorId = doctor.id;

  const unpaid = await open('unpaid');
  await setOpenedAt(unpaid.id, '2026-03-13T22:30:00Z'); // 23:30 on the 13th in Lagos: yesterday
  const partly = await open('partly');
  await setOpenedAt(partly.id, '2026-03-13T23:30:00Z'); // 00:30 on the 14th in Lagos: today
  await recordPayment(t, partly.id, 100_000);
  await open('pending', { payer: 'HMO', insurance: { providerId, policyNumber: 'W-1', coverage: 'FULL' } });
  const paid = await open('paid', { assignedDoctorId: myDoctorId });
  await recordPayment(t, paid.id, 500_000);
  await open('emergency', { type: 'EMERGENCY', emergency: true, emergencyReason: 'Seizure in waiting room' });
  const started = await open('started');
  await recordPayment(t, started.id, 500_000);
  await t.api.post(`/api/v1/visits/${started.id}/consultation`, { diagnoses: [PRIMARY] }, DOCTOR);
  const completed = await open('completed');
  await recordPayment(t, completed.id, 500_000);
  await consultAndComplete(t, completed.id);
  const closed = await open('closed');
  await recordPayment(t, closed.id, 500_000);
  await consultAndComplete(t, closed.id);
  await t.api.post(`/api/v1/visits/${closed.id}/close`, undefined, DOCTOR);
});
afterAll(() => t.close());

async function worklist(station: string, opts: RequestOptions, query = '') {
  const res = await t.api.get<Page<VisitListItem>>(`/api/v1/worklists/${station}${query}`, opts);
  expect(res.status, `${station}${query}`).toBe(200);
  return res.body;
}
const ids = (page: Page<VisitListItem>) => page.items.map((i) => i.id);
const named = (...names: string[]) => names.map((n) => v[n]?.id);

describe('reception worklist', () => {
  it("lists every visit opened on the clinic's today, in arrival order", async () => {
    const page = await worklist('reception', RECEPTION);
    expect(ids(page)).toEqual(
      named('partly', 'pending', 'paid', 'emergency', 'started', 'completed', 'closed'),
    );
    expect(page.items.find((i) => i.id === v.closed?.id)?.status).toBe('CLOSED');
  });
});

describe('cashier worklist', () => {
  it('WORK-1: lists open visits that are not cleared, longest waiting first, with what is owed', async () => {
    const page = await worklist('cashier', CASHIER);
    expect(ids(page)).toEqual(named('unpaid', 'partly', 'pending', 'emergency'));
    expect(page.items.map((i) => [i.paymentStatus, i.outstanding])).toEqual([
      ['UNPAID', 500_000],
      ['PARTIALLY_PAID', 400_000],
      ['INSURANCE_PENDING', 0],
      ['UNPAID', 500_000],
    ]);
    expect(page.items[0]?.patientName).toBe('Chiamaka Adaeze Okonkwo');
  });

  it('pages', async () => {
    const second = await worklist('cashier', CASHIER, '?page=2&pageSize=3');
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(ids(second)).toEqual(named('emergency'));
  });
});

describe('doctor worklist', () => {
  it('WORK-1: lists cleared or emergency visits whose consultation is not completed, emergencies first', async () => {
    const page = await worklist('doctor', DOCTOR);
    expect(ids(page)).toEqual(named('emergency', 'paid', 'started'));
    expect(page.items.map((i) => i.consultationStatus)).toEqual([null, null, 'IN_PROGRESS']);
    expect(page.items[0]).toMatchObject({ emergency: true, paymentCleared: false });
  });

  it('keeps only the visits assigned to the caller with ?mine=true', async () => {
    expect(ids(await worklist('doctor', myDoctor, '?mine=true'))).toEqual(named('paid'));
    expect(await worklist('doctor', DOCTOR, '?mine=true')).toMatchObject({ total: 0 });
  });
});

describe('worklist access', () => {
  it('opens each station to its own role only', async () => {
    expect((await t.api.get('/api/v1/worklists/reception', CASHIER)).status).toBe(403);
    expect((await t.api.get('/api/v1/worklists/cashier', RECEPTION)).status).toBe(403);
    expect((await t.api.get('/api/v1/worklists/doctor', NURSE)).status).toBe(403);
    expect((await t.api.get('/api/v1/worklists/doctor')).status).toBe(401);
    expect((await t.api.get('/api/v1/worklists/doctor?mine=maybe', DOCTOR)).status).toBe(400);
  });
});
