import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ENGINE } from '../../test/test-database';
import { checkpointFileName, recordAudit, systemContext } from '../modules/audit';
import { behindTheTrigger } from '../modules/audit/testing';
import { SERVER_ROOT } from '../paths';

const TSX = path.join(SERVER_ROOT, '..', 'node_modules', '.bin', 'tsx');

/** Runs an audit CLI as an operator would, against this test's own PostgreSQL database. */
function runCli(t: TestApp, script: string): Promise<{ code: number | null; out: string }> {
  const child = spawn(TSX, [path.join(SERVER_ROOT, 'src', 'cli', script)], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'test',
      DATABASE_URL: t.database.url ?? '',
      SECRET_KEY: t.config.secretKey ?? '',
      AUDIT_CHECKPOINT_DIR: t.config.auditCheckpointDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c) => {
    out += c;
  });
  child.stderr.on('data', (c) => {
    out += c;
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

// The CLIs open the database by URL; the PGlite test database lives in this process only.
describe.runIf(ENGINE === 'postgres')('audit:checkpoint and audit:verify', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('AUDIT-CHAIN-3: the CLI anchors the last row; deleting it afterwards fails audit:verify', async () => {
    const ctx = systemContext('audit-cli.test');
    for (let i = 0; i < 4; i++)
      await recordAudit(t.database.db, ctx, { action: 'test.cli', metadata: { i } });

    const written = await runCli(t, 'audit-checkpoint.ts');
    expect(written.code).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(existsSync(path.join(t.config.auditCheckpointDir, checkpointFileName(today)))).toBe(true);
    const line = JSON.parse(written.out.split('\n')[0] ?? '{}');
    expect(line.auditCheckpoint).toMatchObject({ date: today, count: 4 });

    expect(await runCli(t, 'audit-verify.ts')).toMatchObject({ code: 0 });

    await behindTheTrigger(t.database.db, (tx) =>
      tx.execute(sql`delete from audit_log where id = ${line.auditCheckpoint.lastId}`),
    );
    const verify = await runCli(t, 'audit-verify.ts');
    expect(verify.code).toBe(2);
    expect(verify.out).toContain(
      `TAMPERED — checkpoint-row-missing at row id ${line.auditCheckpoint.lastId}`,
    );
    // A broken chain is never anchored: signing it would vouch for the deletion.
    expect((await runCli(t, 'audit-checkpoint.ts')).code).toBe(2);
  });
});
