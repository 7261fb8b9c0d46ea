import pg from 'pg';
import { openPostgres } from '../src/db/open-postgres';

export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/emr_bench';

/** Creates the benchmark database if it is missing (via the server's `postgres` database). */
export async function ensureDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error('BENCH_DATABASE_URL must name a plain database');
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

/** The benchmark database, created if needed and migrated with the server's own migrator. */
export async function openBenchDatabase(url: string) {
  await ensureDatabase(url);
  const database = await openPostgres({ url, sslMode: 'disable', poolMax: 4 });
  await database.migrate();
  return database;
}
