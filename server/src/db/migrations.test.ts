import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createEmptyDatabase, ENGINE } from '../../test/test-database';
import { openPostgres } from './open-postgres';
import { queryRows } from './rows';

describe(`migrations on ${ENGINE}`, () => {
  it('apply from scratch, enable pg_trgm, and are a no-op the second time', async () => {
    const database = await createEmptyDatabase();
    try {
      expect((await database.migrationState()).current).toBe(false);
      await database.migrate();
      const state = await database.migrationState();
      expect(state).toMatchObject({ current: true });
      expect(state.applied).toBe(state.available);
      await database.migrate();
      expect((await database.migrationState()).applied).toBe(state.applied);

      const [trgm] = await queryRows<{ s: number }>(
        database.db,
        sql`select similarity('Okafor', 'Okafur')::float8 as s`,
      );
      expect(trgm?.s).toBeGreaterThan(0.3);
    } finally {
      await database.close();
    }
    // A fresh PGlite runs initdb before the migrations: the slowest thing the embedded engine does.
  }, 120_000);

  it.runIf(ENGINE === 'postgres')('are applied once when several instances start together', async () => {
    const database = await createEmptyDatabase();
    const url = database.url ?? '';
    const instances = await Promise.all(
      [1, 2, 3].map(() => openPostgres({ url, sslMode: 'disable', poolMax: 2 })),
    );
    try {
      await Promise.all(instances.map((i) => i.migrate()));
      const [row] = await queryRows<{ n: number }>(
        database.db,
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      expect(row?.n).toBe((await database.migrationState()).available);
    } finally {
      await Promise.all(instances.map((i) => i.close()));
      await database.close();
    }
  });
});
