import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../src/db/database';
import { openPglite } from '../src/db/open-pglite';
import { openPostgres } from '../src/db/open-postgres';

export const ENGINE = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

export interface TestDatabase extends Database {
  /** Set on PostgreSQL: the URL of this file's own database, for second app instances. */
  url?: string;
}

/** A migrated database of this test file's own; closing it also drops it on PostgreSQL. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!process.env.TEST_DATABASE_URL) {
    const tarball = readFileSync(inject('pgliteTemplate'));
    return openPglite({ loadDataDir: new Blob([tarball]) });
  }
  return createPostgresDatabase(process.env.TEST_DATABASE_URL, inject('pgTemplate'));
}

/** An empty database with no migrations applied, for migration tests. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  if (!process.env.TEST_DATABASE_URL) return openPglite({});
  return createPostgresDatabase(process.env.TEST_DATABASE_URL);
}

async function createPostgresDatabase(adminUrl: string, template?: string): Promise<TestDatabase> {
  const name = `emr_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  const own = new URL(adminUrl);
  own.pathname = `/${name}`;
  const database = await openPostgres({ url: own.toString(), sslMode: 'disable', poolMax: 10 });
  return {
    ...database,
    url: own.toString(),
    close: async () => {
      await database.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
