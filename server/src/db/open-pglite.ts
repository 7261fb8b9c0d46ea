import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Database } from './database';
import { MIGRATIONS_FOLDER, readMigrationState } from './migrations';
import * as schema from './schema';
import { withTimeout } from './timeout';

export interface PgliteSource {
  /** A directory to persist in, or undefined for memory only. */
  dataDir?: string;
  /** A tarball from `dumpDataDir`, used by tests to start from a migrated template. */
  loadDataDir?: Blob;
}

/** The embedded engine: real PostgreSQL compiled to WebAssembly, one connection, in this process. */
export async function openPglite(source: PgliteSource): Promise<Database & { client: PGlite }> {
  if (source.dataDir) mkdirSync(source.dataDir, { recursive: true });
  const client = new PGlite({
    ...(source.dataDir ? { dataDir: source.dataDir } : {}),
    ...(source.loadDataDir ? { loadDataDir: source.loadDataDir } : {}),
    extensions: { pg_trgm },
  });
  await client.waitReady;
  const db = drizzle({ client, schema });
  let closed = false;
  return {
    kind: 'pglite',
    client,
    db,
    migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    migrationState: () => readMigrationState(db),
    ping: async (timeoutMs = 2000) => {
      if (closed || client.closed) throw new Error('database closed');
      await withTimeout(db.execute(sql`select 1`), timeoutMs);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
}
