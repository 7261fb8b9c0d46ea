import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Database } from './database';
import { MIGRATION_LOCK_ID, MIGRATIONS_FOLDER, readMigrationState } from './migrations';
import * as schema from './schema';
import { withTimeout } from './timeout';

export interface PostgresOptions {
  url: string;
  sslMode: 'disable' | 'require' | 'verify-full';
  poolMax: number;
  /** Called for errors on idle pooled connections (e.g. the server restarted); must not throw. */
  onPoolError?: (err: Error) => void;
}

function sslOption(mode: PostgresOptions['sslMode']): pg.PoolConfig['ssl'] {
  if (mode === 'disable') return false;
  // require: encrypted but the certificate is not checked (libpq's sslmode=require semantics).
  if (mode === 'require') return { rejectUnauthorized: false };
  // verify-full: chain and host name checked against the system CAs (NODE_EXTRA_CA_CERTS adds a private CA).
  return { rejectUnauthorized: true };
}

export async function openPostgres(opts: PostgresOptions): Promise<Database & { pool: pg.Pool }> {
  // An sslmode in the URL would silently override DB_SSLMODE in node-postgres, so DB_SSLMODE is the one source.
  const url = new URL(opts.url);
  url.searchParams.delete('sslmode');
  const pool = new pg.Pool({
    connectionString: url.toString(),
    max: opts.poolMax,
    ssl: sslOption(opts.sslMode),
    statement_timeout: 60_000,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    application_name: 'modern-emr',
  });
  pool.on('error', (err) => opts.onPoolError?.(err));
  const db = drizzle({ client: pool, schema });
  return {
    kind: 'postgres',
    pool,
    db,
    migrate: async () => {
      // The advisory lock is per session, so the lock and the migration share one connection.
      const conn = await pool.connect();
      try {
        await conn.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
        try {
          await migrate(drizzle({ client: conn, schema }), { migrationsFolder: MIGRATIONS_FOLDER });
        } finally {
          await conn.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]);
        }
      } finally {
        conn.release();
      }
    },
    migrationState: () => readMigrationState(db),
    ping: async (timeoutMs = 2000) => {
      await withTimeout(db.execute(sql`select 1`), timeoutMs);
    },
    close: () => pool.end(),
  };
}
