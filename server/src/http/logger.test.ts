import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { buildApp } from './app';

let database: TestDatabase;
let app: FastifyInstance;
const lines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({
    config: testConfig({ LOG_LEVEL: 'info' }),
    database,
    logStream: { write: (line) => lines.push(line) },
  });
  app.get('/api/v1/log-probe', { config: { access: { public: true } } }, async (request) => {
    // What a careless service might log: a whole body with credentials and identifiers in it.
    request.log.info(
      {
        body: {
          password: 'Hunter2-Clinic!',
          refreshToken: 'rt-secret',
          nationalId: '12345678901',
          phone: '+2348031234567',
        },
      },
      'probe',
    );
    return { ok: true };
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('logs', () => {
  it('carry a request id and never the query string, authorization or cookies', async () => {
    await app.inject({
      method: 'GET',
      url: '/api/v1/log-probe?q=Adaeze%20Okafor&phone=08031234567',
      headers: {
        authorization: 'Bearer eyJhbGciOi.secret.sig',
        cookie: 'emr_refresh=rt-cookie-secret',
        'x-request-id': 'req-probe-0001',
      },
    });
    const all = lines.join('\n');
    expect(all).toContain('req-probe-0001');
    expect(all).toContain('/api/v1/log-probe?[redacted]');
    for (const secret of ['Adaeze', 'Okafor', '08031234567', 'eyJhbGciOi', 'rt-cookie-secret'])
      expect(all).not.toContain(secret);
  });

  it('leave one line per request with its method, path, status and time', async () => {
    const before = lines.length;
    await app.inject({
      method: 'GET',
      url: '/api/v1/log-probe?q=x',
      headers: { 'x-request-id': 'req-probe-0002' },
    });
    const mine = lines
      .slice(before)
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.msg !== 'probe');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      reqId: 'req-probe-0002',
      req: { method: 'GET', url: '/api/v1/log-probe?[redacted]' },
      res: { statusCode: 200 },
      msg: 'request completed',
    });
    expect(mine[0]?.responseTime).toEqual(expect.any(Number));
  });

  it('blank passwords, tokens and patient identifiers in logged objects', () => {
    const all = lines.join('\n');
    expect(all).toContain('"probe"');
    for (const secret of ['Hunter2-Clinic!', 'rt-secret', '12345678901', '+2348031234567'])
      expect(all).not.toContain(secret);
  });
});
