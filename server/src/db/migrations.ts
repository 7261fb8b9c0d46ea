import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { MIGRATIONS_DIR } from '../paths';
import type { Db, MigrationState } from './database';
import { queryRows } from './rows';

/** The committed drizzle-kit output. */
export const MIGRATIONS_FOLDER = MIGRATIONS_DIR;

/** Serialises migrations when several instances start together against one PostgreSQL. */
export const MIGRATION_LOCK_ID = 7_345_112_001;

export function availableMigrations() {
  return readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
}

export async function readMigrationState(db: Db): Promise<MigrationState> {
  const available = availableMigrations();
  const [exists] = await queryRows<{ present: boolean }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  let applied = 0;
  let lastApplied = 0;
  if (exists?.present) {
    const [r] = await queryRows<{ n: number; last: string | null }>(
      db,
      sql`select count(*)::int as n, max(created_at)::text as last from drizzle.__drizzle_migrations`,
    );
    applied = r?.n ?? 0;
    lastApplied = Number(r?.last ?? 0);
  }
  const newest = available.at(-1)?.folderMillis ?? 0;
  return {
    applied,
    available: available.length,
    current: applied >= available.length && lastApplied >= newest,
  };
}
