import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp, uniqueIp } from '../../test/test-app';
import { createTestDatabase } from '../../test/test-database';
import { queryRows } from '../db/rows';
import { DEMO_PATIENTS } from './demo-patients';
import { DEMO_USERS } from './demo-users';
import { seedDemoData } from './seed';
import { STARTER_CATALOG } from './starter-catalog';

const DEMO = 'Demo-Clinic-2026!';

describe('demo seed', () => {
  it('loads the settings and starter catalogue once, and is safe to run again', async () => {
    const database = await createTestDatabase();
    try {
      expect(await seedDemoData(database.db, { demoPassword: DEMO })).toEqual({
        catalogItemsAdded: STARTER_CATALOG.length,
        usersAdded: DEMO_USERS.length,
        hmoProvidersAdded: 2,
        patientsAdded: DEMO_PATIENTS.length,
      });
      expect(await seedDemoData(database.db, { demoPassword: DEMO })).toEqual({
        catalogItemsAdded: 0,
        usersAdded: 0,
        hmoProvidersAdded: 0,
        patientsAdded: 0,
      });
      const fees = await queryRows<{ code: string; price_minor: string }>(
        database.db,
        sql`select code, price_minor::text from service_catalog where auto_bill order by code`,
      );
      expect(fees).toEqual([
        { code: 'CONS-GP', price_minor: '500000' },
        { code: 'REG-NEW', price_minor: '200000' },
      ]);
      const [settings] = await queryRows<{ clinic_name: string }>(
        database.db,
        sql`select clinic_name from clinic_settings`,
      );
      expect(settings?.clinic_name).toBe('Modern EMR Demo Clinic');
    } finally {
      await database.close();
    }
  });

  it('catalogue codes are unique and prices are whole kobo', () => {
    const codes = STARTER_CATALOG.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const item of STARTER_CATALOG) expect(Number.isInteger(item.price) && item.price > 0).toBe(true);
  });

  it('creates one user per role who signs in directly with DEMO_PASSWORD: permanent, no MFA', async () => {
    const t = await createTestApp({
      env: { NODE_ENV: 'production', DATABASE_URL: 'postgres://u@h/x', SEED_DEMO: 'false' },
    });
    try {
      await seedDemoData(t.database.db, { demoPassword: DEMO });
      expect(DEMO_USERS.map((u) => u.username)).toEqual([
        'admin',
        'reception',
        'cashier',
        'doctor',
        'nurse',
        'lab',
        'radiology',
        'pharmacy',
      ]);
      for (const u of DEMO_USERS) {
        const res = await t.api.post<{
          user: { roles: string[]; mustChangePassword: boolean; mfaEnrolmentRequired: boolean };
        }>('/api/v1/auth/login', { username: u.username, password: DEMO }, { ip: uniqueIp() });
        expect(res.status, u.username).toBe(200);
        // Even on a server whose default policy requires MFA (production), the demo's policy requires none.
        expect(res.body.user).toMatchObject({
          roles: [u.role],
          mustChangePassword: false,
          mfaEnrolmentRequired: false,
        });
      }
    } finally {
      await t.close();
    }
  });
});
