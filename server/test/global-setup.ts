import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite } from '../src/db/open-pglite';
import { openPostgres } from '../src/db/open-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL: the migrated template database each test file copies. */
    pgTemplate: string;
    /** PGlite: a tarball of a migrated data directory each test file loads. */
    pgliteTemplate: string;
  }
}

/**
 * Migrates one template per run, so each test file gets its own database in well under a
 * second: `CREATE DATABASE … TEMPLATE` on PostgreSQL, `loadDataDir` of a dump on PGlite.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = `emr_tpl_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${template}"`);
    const u = new URL(url);
    u.pathname = `/${template}`;
    const database = await openPostgres({ url: u.toString(), sslMode: 'disable', poolMax: 2 });
    await database.migrate();
    await database.close();
    project.provide('pgTemplate', template);
    project.provide('pgliteTemplate', '');
    return async () => {
      // Test files drop their own databases; sweep what a crashed worker left behind.
      const leftovers = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like $1 or datname = $2`,
        [`emr_t_${process.pid}_%`, template],
      );
      for (const { datname } of leftovers.rows)
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      await admin.end();
    };
  }

  const dir = mkdtempSync(path.join(tmpdir(), 'emr-pglite-tpl-'));
  const database = await openPglite({});
  await database.migrate();
  const dump = await database.client.dumpDataDir('none');
  await database.close();
  const file = path.join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgTemplate', '');
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
