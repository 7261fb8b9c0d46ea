import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../test/expect-refusal';
import { createTestApp, loginAs, type TestApp, uniqueIp } from '../../../test/test-app';
import { queryRows } from '../../db/rows';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Err = { error: { code: string } };
const registration = (username: string) => ({
  username,
  password: 'Mango-Thunder-Velvet-82',
  firstName: 'Chioma',
  lastName: 'Nwankwo',
  phone: '+2348031234567',
  email: 'chioma@example.ng',
  dateOfBirth: '1990-04-12',
});

describe('patient self-registration and the portal', () => {
  it('ROLE-2: creates a PATIENT account and an unverified record; the portal opens once a receptionist verifies', async () => {
    const reg = await t.api.post<{ id: string; patientId: string; portalVerified: boolean }>(
      '/api/v1/auth/register',
      registration('chioma.n'),
      { ip: uniqueIp() },
    );
    expect(reg.status).toBe(201);
    expect(reg.body.portalVerified).toBe(false);

    const login = await t.api.post<{
      accessToken: string;
      user: { roles: string[]; patientId: string; portalVerified: boolean };
    }>(
      '/api/v1/auth/login',
      { username: 'chioma.n', password: 'Mango-Thunder-Velvet-82' },
      { ip: uniqueIp() },
    );
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({
      roles: ['PATIENT'],
      patientId: reg.body.patientId,
      portalVerified: false,
    });
    const token = login.body.accessToken;

    const closed = await t.api.get<Err>('/api/v1/portal/profile', { token });
    expectRefusal(closed, 'PORTAL_NOT_VERIFIED');

    const reception = await loginAs(t, 'RECEPTIONIST');
    const pending = await t.api.get<{ items: { id: string; username: string }[] }>(
      '/api/v1/patients/pending-verification',
      { token: reception.token },
    );
    expect(pending.body.items.map((p) => p.id)).toContain(reg.body.patientId);

    const verify = await t.api.post(`/api/v1/patients/${reg.body.patientId}/verify`, undefined, {
      token: reception.token,
    });
    expect(verify.status).toBe(200);
    expect(
      (
        await t.api.post(`/api/v1/patients/${reg.body.patientId}/verify`, undefined, {
          token: reception.token,
        })
      ).status,
    ).toBe(409);

    const open = await t.api.get<{ id: string; firstName: string }>('/api/v1/portal/profile', { token });
    expect(open.status).toBe(200);
    expect(open.body).toMatchObject({ id: reg.body.patientId, firstName: 'Chioma' });

    const audit = await queryRows<{ action: string; patient_id: string; metadata: unknown }>(
      t.database.db,
      sql`select action, patient_id, metadata from audit_log where patient_id = ${reg.body.patientId} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['auth.register', 'patient.portal.verify']);
    expect(JSON.stringify(audit)).not.toMatch(/Chioma|Nwankwo|803123/);
  });

  it('stores the phone in E.164, so the front desk finds the patient by the number typed locally', async () => {
    const reg = await t.api.post<{ patientId: string }>(
      '/api/v1/auth/register',
      { ...registration('bisi.local'), lastName: 'Localphone', phone: '0809 555 0142' },
      { ip: uniqueIp() },
    );
    expect(reg.status).toBe(201);
    const reception = await loginAs(t, 'RECEPTIONIST');
    const found = await t.api.get<{ items: { id: string; phone: string }[] }>(
      '/api/v1/patients?q=08095550142',
      {
        token: reception.token,
      },
    );
    expect(found.body.items).toEqual([
      expect.objectContaining({ id: reg.body.patientId, phone: '+2348095550142' }),
    ]);
    const bad = await t.api.post<Err & { error: { details: { path: string }[] } }>(
      '/api/v1/auth/register',
      { ...registration('bisi.bad'), phone: '0000000' },
      { ip: uniqueIp() },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d) => d.path)).toContain('body.phone');
  });

  it('refuses a taken username, a weak password, and a password containing the username', async () => {
    expect(
      (await t.api.post('/api/v1/auth/register', registration('emeka.o'), { ip: uniqueIp() })).status,
    ).toBe(201);
    const dup = await t.api.post<Err>('/api/v1/auth/register', registration('EMEKA.O'), { ip: uniqueIp() });
    expect(dup.status).toBe(409);
    const weak = await t.api.post<Err>(
      '/api/v1/auth/register',
      { ...registration('ada.e'), password: 'password1' },
      { ip: uniqueIp() },
    );
    expect(weak.status).toBe(400);
    const named = await t.api.post<Err>(
      '/api/v1/auth/register',
      { ...registration('ngozi'), password: 'Purple-NGOZI-Cactus-41' },
      { ip: uniqueIp() },
    );
    expect(named.status).toBe(400);
  });

  it('ROLE-4: keeps staff off the portal and patients off the front desk', async () => {
    const doctor = await loginAs(t, 'DOCTOR');
    expect((await t.api.get('/api/v1/portal/profile', { token: doctor.token })).status).toBe(403);
    const reg = await t.api.post<{ patientId: string }>('/api/v1/auth/register', registration('obi.k'), {
      ip: uniqueIp(),
    });
    const login = await t.api.post<{ accessToken: string }>(
      '/api/v1/auth/login',
      { username: 'obi.k', password: 'Mango-Thunder-Velvet-82' },
      { ip: uniqueIp() },
    );
    const token = login.body.accessToken;
    expect((await t.api.get('/api/v1/patients/pending-verification', { token })).status).toBe(403);
    expect(
      (await t.api.post(`/api/v1/patients/${reg.body.patientId}/verify`, undefined, { token })).status,
    ).toBe(403);
  });
});
