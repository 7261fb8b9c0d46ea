import { DEFAULT_CLINIC_DISPLAY, type Me } from '@modern-emr/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /auth/me', () => {
  it("WEB-FMT-1: carries the clinic's time zone, locale and currency, the defaults until changed", async () => {
    const me = await t.api.get<Me>('/api/v1/auth/me', { roles: ['RECEPTIONIST'] });
    expect(me.status).toBe(200);
    expect(me.body.clinic).toEqual({ timeZone: 'Africa/Lagos', locale: 'en-NG', currency: 'NGN' });
    expect(me.body.clinic).toEqual(DEFAULT_CLINIC_DISPLAY);
  });

  it('WEB-FMT-1: follows the settings an administrator saves, for every user', async () => {
    const saved = await t.api.patch(
      '/api/v1/settings',
      { timeZone: 'Africa/Accra', locale: 'en-GB' },
      { roles: ['ADMIN'] },
    );
    expect(saved.status).toBe(200);
    for (const roles of [['CASHIER'], ['PATIENT']] as const) {
      const me = await t.api.get<Me>('/api/v1/auth/me', { roles: [...roles] });
      expect(me.body.clinic).toEqual({ timeZone: 'Africa/Accra', locale: 'en-GB', currency: 'NGN' });
    }
  });

  it('WEB-FMT-1: a locale the runtime cannot write in is refused, naming the field', async () => {
    const res = await t.api.patch<{ error: { details: { path: string }[] } }>(
      '/api/v1/settings',
      { locale: 'not a locale' },
      { roles: ['ADMIN'] },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d) => d.path)).toEqual(['body.locale']);
  });
});
