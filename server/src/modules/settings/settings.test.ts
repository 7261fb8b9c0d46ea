import { DEFAULT_CLINIC_SETTINGS } from '@modern-emr/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('clinic settings', () => {
  it('reads the defaults before anything is saved', async () => {
    const res = await t.api.get('/api/v1/settings', { roles: ['RECEPTIONIST'] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(DEFAULT_CLINIC_SETTINGS);
  });

  it('lets an administrator change them, and keeps the change', async () => {
    const res = await t.api.patch(
      '/api/v1/settings',
      { clinicName: 'Ade Memorial Clinic', timeZone: 'Africa/Accra' },
      { roles: ['ADMIN'] },
    );
    expect(res.status).toBe(200);
    const after = await t.api.get<{ clinicName: string; timeZone: string; currency: string }>(
      '/api/v1/settings',
      { roles: ['CASHIER'] },
    );
    expect(after.body).toMatchObject({
      clinicName: 'Ade Memorial Clinic',
      timeZone: 'Africa/Accra',
      currency: 'NGN',
    });
  });

  it('refuses a bad change with the field paths, and changes nothing', async () => {
    const res = await t.api.patch<{ error: { code: string; details: { path: string }[] } }>(
      '/api/v1/settings',
      { currency: 'naira', timeZone: 'Lagos', clinicName: 'Should not stick' },
      { roles: ['ADMIN'] },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d) => d.path).sort()).toEqual(['body.currency', 'body.timeZone']);
    const after = await t.api.get<{ clinicName: string }>('/api/v1/settings', { roles: ['ADMIN'] });
    expect(after.body.clinicName).toBe('Ade Memorial Clinic');
  });

  it('is not the business of a patient, and changing it is for administrators only', async () => {
    expect((await t.api.get('/api/v1/settings', { roles: ['PATIENT'] })).status).toBe(403);
    expect(
      (await t.api.patch('/api/v1/settings', { clinicName: 'X Clinic' }, { roles: ['DOCTOR'] })).status,
    ).toBe(403);
  });
});
