import { randomUUID } from 'node:crypto';
import type { Consultation, OpenVisitRequest, Visit } from '@modern-emr/domain';
import type { RequestOptions, TestApp } from '../../../../test/test-app';

/** The desks, each one user holding one role (tokens minted once per role set). */
export const RECEPTION: RequestOptions = { roles: ['RECEPTIONIST'] };
export const CASHIER: RequestOptions = { roles: ['CASHIER'] };
export const DOCTOR: RequestOptions = { roles: ['DOCTOR'] };
export const NURSE: RequestOptions = { roles: ['NURSE'] };
export const ADMIN: RequestOptions = { roles: ['ADMIN'] };

/** `POST /visits` as reception, a cash outpatient visit unless told otherwise; throws unless 201. */
export async function openVisitOk(
  t: TestApp,
  patientId: string,
  over: Partial<OpenVisitRequest> = {},
): Promise<Visit> {
  // Distinct opening times, so "oldest first" and "newest first" are decided by the clock, not ids.
  t.clock.advance(1);
  const res = await t.api.post<Visit>(
    '/api/v1/visits',
    { patientId, type: 'OUTPATIENT', payer: 'CASH', ...over },
    RECEPTION,
  );
  if (res.status !== 201) throw new Error(`open visit failed: ${res.status} ${res.text}`);
  return res.body;
}

export const PRIMARY = { code: 'B54', text: 'Malaria, unspecified', primary: true };

/** The doctor starts the consultation with a primary diagnosis and completes it; throws on refusal. */
export async function consultAndComplete(t: TestApp, visitId: string): Promise<Consultation> {
  const url = `/api/v1/visits/${visitId}/consultation`;
  const started = await t.api.post(
    url,
    { presentingComplaint: 'Fever for three days', diagnoses: [PRIMARY] },
    DOCTOR,
  );
  if (started.status !== 201) throw new Error(`start failed: ${started.status} ${started.text}`);
  const done = await t.api.post<Consultation>(`${url}/complete`, undefined, DOCTOR);
  if (done.status !== 200) throw new Error(`complete failed: ${done.status} ${done.text}`);
  return done.body;
}

export async function getVisit(t: TestApp, visitId: string): Promise<Visit> {
  const res = await t.api.get<Visit>(`/api/v1/visits/${visitId}`, CASHIER);
  if (res.status !== 200) throw new Error(`get visit failed: ${res.status} ${res.text}`);
  return res.body;
}

const shiftOpen = new WeakSet<TestApp>();

/** A cash payment at the counter (the cashier's shift opened on first use), applied oldest first. */
export async function recordPayment(t: TestApp, visitId: string, amount: number): Promise<void> {
  if (!shiftOpen.has(t)) {
    const shift = await t.api.post('/api/v1/shifts/open', { openingFloat: 0 }, CASHIER);
    if (shift.status !== 201) throw new Error(`open shift failed: ${shift.status} ${shift.text}`);
    shiftOpen.add(t);
  }
  const res = await t.api.post(
    `/api/v1/visits/${visitId}/payments`,
    { amount, method: 'CASH' },
    { ...CASHIER, headers: { 'idempotency-key': randomUUID() } },
  );
  if (res.status !== 201) throw new Error(`payment failed: ${res.status} ${res.text}`);
}

/** The cashier adds a catalogue service to the visit; returns the charge id. */
export async function addCharge(t: TestApp, visitId: string, serviceCode: string): Promise<string> {
  const res = await t.api.post<{ id: string }>(`/api/v1/visits/${visitId}/charges`, { serviceCode }, CASHIER);
  if (res.status !== 201) throw new Error(`add charge failed: ${res.status} ${res.text}`);
  return res.body.id;
}
