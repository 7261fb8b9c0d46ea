import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-database';
import { queryRows } from '../db/rows';
import { seedDemoData } from './seed';
import { STARTER_CATALOG } from './starter-catalog';

describe('demo seed', () => {
  it('loads the settings and starter catalogue once, and is safe to run again', async () => {
    const database = await createTestDatabase();
    try {
      expect((await seedDemoData(database.db)).catalogItemsAdded).toBe(STARTER_CATALOG.length);
      expect((await seedDemoData(database.db)).catalogItemsAdded).toBe(0);
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
});
