import type { HmoEnrolment, PatientCreated } from '@modern-emr/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../test/expect-refusal';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { queryRows } from '../../db/rows';
import { hmoProviders } from '../hmo';
import { findActiveEnrolment } from './hmo-enrolments.service';

let t: TestApp;
let providerId: string;
let patient: PatientCreated;
beforeAll(async () => {
  t = await createTestApp();
  const [provider] = await t.database.db
    .insert(hmoProviders)
    .values({ code: 'HYG', name: 'Hygeia HMO' })
    .returning({ id: hmoProviders.id });
  if (!provider) throw new Error('provider insert failed');
  providerId = provider.id;
  const res = await t.api.post<PatientCreated>(
    '/api/v1/patients',
    { firstName: 'Bisi', lastName: 'Adeyemi', sex: 'FEMALE', phone: '08051112222' },
    RECEPTION,
  );
  patient = res.body;
});
afterAll(() => t.close());

const RECEPTION = { roles: ['RECEPTIONIST' as const] };
const url = () => `/api/v1/patients/${patient.id}/hmo-enrolments`;
type Err = { error: { code: string; details?: { path: string }[] } };

describe('HMO enrolments', () => {
  it('records FULL cover as 100% and refuses a contradicting or missing percentage', async () => {
    const full = await t.api.post<HmoEnrolment>(
      url(),
      { providerId, policyNumber: 'HYG/2231/A', coverage: 'FULL', plan: 'Gold', validFrom: '2025-01-01' },
      RECEPTION,
    );
    expect(full.status).toBe(201);
    expect(full.body).toMatchObject({ coverage: 'FULL', coveragePercent: 100, providerName: 'Hygeia HMO' });
    const bad = await t.api.post<Err>(
      url(),
      { providerId, policyNumber: 'X1', coverage: 'FULL', coveragePercent: 80 },
      RECEPTION,
    );
    expect(bad.status).toBe(400);
    const noPercent = await t.api.post<Err>(
      url(),
      { providerId, policyNumber: 'X1', coverage: 'PARTIAL' },
      RECEPTION,
    );
    expect(noPercent.status).toBe(400);
    const backwards = await t.api.post<Err>(
      url(),
      { providerId, policyNumber: 'X1', coverage: 'FULL', validFrom: '2025-02-01', validTo: '2025-01-01' },
      RECEPTION,
    );
    expect(backwards.status).toBe(400);
  });

  it('refuses an unknown or deactivated provider and a missing patient', async () => {
    const unknown = await t.api.post<Err>(
      url(),
      { providerId: crypto.randomUUID(), policyNumber: 'X1', coverage: 'FULL' },
      RECEPTION,
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details?.[0]?.path).toBe('body.providerId');
    const [old] = await t.database.db
      .insert(hmoProviders)
      .values({ code: 'OLD', name: 'Closed HMO', active: false })
      .returning({ id: hmoProviders.id });
    const inactive = await t.api.post<Err>(
      url(),
      { providerId: old?.id, policyNumber: 'X1', coverage: 'FULL' },
      RECEPTION,
    );
    expect(inactive.status).toBe(422);
    const noPatient = await t.api.post(
      `/api/v1/patients/${crypto.randomUUID()}/hmo-enrolments`,
      { providerId, policyNumber: 'X1', coverage: 'FULL' },
      RECEPTION,
    );
    expect(noPatient.status).toBe(404);
    expect(
      (await t.api.post(url(), { providerId, policyNumber: 'X', coverage: 'FULL' }, { roles: ['CASHIER'] }))
        .status,
    ).toBe(403);
  });

  it('pre-fills visit cover from the enrolment valid on the day, and not from a deactivated one', async () => {
    const partial = await t.api.post<HmoEnrolment>(
      url(),
      {
        providerId,
        policyNumber: 'HYG/9/P',
        coverage: 'PARTIAL',
        coveragePercent: 70,
        validFrom: '2026-01-01',
        validTo: '2026-12-31',
      },
      RECEPTION,
    );
    expect(partial.status).toBe(201);
    const db = t.database.db;
    expect(await findActiveEnrolment(db, patient.id, '2026-06-15')).toEqual({
      providerId,
      policyNumber: 'HYG/9/P',
      coverage: 'PARTIAL',
      coveragePercent: 70,
    });
    // Outside the partial plan's validity the older open-ended FULL enrolment applies.
    expect(await findActiveEnrolment(db, patient.id, '2027-01-01')).toMatchObject({
      policyNumber: 'HYG/2231/A',
    });
    expect(await findActiveEnrolment(db, patient.id, '2024-12-31')).toBeNull();

    const off = await t.api.patch<HmoEnrolment>(`${url()}/${partial.body.id}`, { active: false }, RECEPTION);
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect(await findActiveEnrolment(db, patient.id, '2026-06-15')).toMatchObject({
      policyNumber: 'HYG/2231/A',
    });

    await db.update(hmoProviders).set({ active: false }).where(eq(hmoProviders.id, providerId));
    expect(await findActiveEnrolment(db, patient.id, '2026-06-15')).toBeNull();
    await db.update(hmoProviders).set({ active: true }).where(eq(hmoProviders.id, providerId));
  });

  it('changes validity, lists enrolments on the chart, and audits field names', async () => {
    const list = await t.api.get<{ items: HmoEnrolment[] }>(url(), { roles: ['CASHIER'] });
    expect(list.status).toBe(200);
    const full = list.body.items.find((e) => e.policyNumber === 'HYG/2231/A');
    if (!full) throw new Error('enrolment missing');
    const bad = await t.api.patch(`${url()}/${full.id}`, { validTo: '2024-01-01' }, RECEPTION);
    expect(bad.status).toBe(400);
    const res = await t.api.patch<HmoEnrolment>(`${url()}/${full.id}`, { validTo: '2026-12-31' }, RECEPTION);
    expect(res.body.validTo).toBe('2026-12-31');
    const chart = await t.api.get<{ hmoEnrolments: HmoEnrolment[] }>(
      `/api/v1/patients/${patient.id}`,
      RECEPTION,
    );
    expect(chart.body.hmoEnrolments.map((e) => e.id)).toContain(full.id);
    const audit = await queryRows<{ action: string; metadata: Record<string, unknown> }>(
      t.database.db,
      sql`select action, metadata from audit_log where entity_id = ${full.id} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'patient.hmo-enrolment.create',
      'patient.hmo-enrolment.update',
    ]);
    expect(audit[1]?.metadata).toEqual({ fields: ['validTo'] });
    expect((await t.api.patch(`${url()}/${crypto.randomUUID()}`, { active: false }, RECEPTION)).status).toBe(
      404,
    );
  });

  it('refuses enrolment changes on an archived patient', async () => {
    await t.api.post(`/api/v1/patients/${patient.id}/archive`, { reason: 'Moved abroad' }, RECEPTION);
    const res = await t.api.post<Err>(url(), { providerId, policyNumber: 'Y1', coverage: 'FULL' }, RECEPTION);
    expectRefusal(res, 'PATIENT_ARCHIVED');
  });
});
