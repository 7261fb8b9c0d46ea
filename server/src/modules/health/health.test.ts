import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { createEmptyDatabase, createTestDatabase } from '../../../test/test-database';
import { openPostgres } from '../../db/open-postgres';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('health', () => {
  it('reports liveness without details', async () => {
    t = await createTestApp();
    const res = await t.api.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('is ready when the database answers and migrations are current', async () => {
    t = await createTestApp();
    const res = await t.api.get('/api/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ready' });
  });

  it('is not ready while migrations are pending', async () => {
    const empty = await createEmptyDatabase();
    t = await createTestApp({ database: empty });
    try {
      const res = await t.api.get('/api/health/ready');
      expect(res.status).toBe(503);
      await empty.migrate();
      expect((await t.api.get('/api/health/ready')).status).toBe(200);
    } finally {
      await t.close();
      t = undefined;
      await empty.close();
    }
  });

  it('is not ready once the database has gone, and leaks nothing about it', async () => {
    const database = await createTestDatabase();
    t = await createTestApp({ database });
    await database.close();
    const res = await t.api.get('/api/health/ready');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', message: 'Not ready' } });
  });

  it('is not ready when PostgreSQL is unreachable', async () => {
    const unreachable = await openPostgres({
      url: 'postgres://emr@127.0.0.1:1/emr',
      sslMode: 'disable',
      poolMax: 1,
    });
    t = await createTestApp({ database: unreachable });
    try {
      const res = await t.api.get('/api/health/ready');
      expect(res.status).toBe(503);
      expect(res.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|postgres/i);
    } finally {
      await t.close();
      t = undefined;
      await unreachable.close();
    }
  });

  it('LOG-NOISE-1: keeps probe requests out of the info log, and logs them at debug', async () => {
    const lines: string[] = [];
    const logStream = { write: (line: string) => lines.push(line) };
    const completed = (url: string) =>
      lines.filter((l) => l.includes('request completed') && l.includes(`"url":"${url}"`));

    t = await createTestApp({ env: { LOG_LEVEL: 'info' }, logStream });
    expect((await t.api.get('/api/health')).status).toBe(200);
    expect((await t.api.get('/api/health/ready')).status).toBe(200);
    // Another request still leaves its line at info: the log is on, only the probes are quiet.
    await t.api.get('/api/v1/settings');
    expect(completed('/api/v1/settings')).toHaveLength(1);
    expect(completed('/api/health')).toEqual([]);
    expect(completed('/api/health/ready')).toEqual([]);
    await t.close();

    lines.length = 0;
    t = await createTestApp({ env: { LOG_LEVEL: 'debug' }, logStream });
    await t.api.get('/api/health');
    expect(completed('/api/health')).toHaveLength(1);
  });
});
