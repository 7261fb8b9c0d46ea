import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
const lines: string[] = [];
beforeAll(async () => {
  t = await createTestApp({
    env: { LOG_LEVEL: 'info' },
    logStream: { write: (line) => lines.push(line) },
    setup: (app) => {
      // A statement that fails inside PostgreSQL (division by zero: no client mapping, so a 500)
      // while carrying patient data as its parameters, the way a failed INSERT of a patient would.
      app.get('/api/v1/failing-query', { config: { access: { public: true } } }, async () => {
        await t.database.db.execute(
          sql`select ${'Adaeze Okafor'}::text as name, ${'+2348031234567'}::text as phone, 1 / ${0}::int as boom`,
        );
      });
      app.get('/api/v1/boom', { config: { access: { public: true } } }, async () => {
        throw new Error('connection to 10.0.0.5 failed for patient Adaeze Okafor');
      });
      app.get('/api/v1/duplicate', { config: { access: { public: true } } }, async () => {
        throw Object.assign(
          new Error('duplicate key value violates unique constraint, Key (national_id)=(12345678901)'),
          {
            code: '23505',
          },
        );
      });
    },
  });
});
afterAll(() => t.close());

describe('error responses', () => {
  it('ERR-2: hide internals of an unexpected failure behind a 500 with a request id', async () => {
    const res = await t.api.get<{ error: { code: string; message: string; details: { requestId: string } } }>(
      '/api/v1/boom',
    );
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('INTERNAL_ERROR');
    expect(res.text).not.toMatch(/10\.0\.0\.5|Adaeze|stack|at /);
    expect(res.body.error.details.requestId).toBe(res.headers['x-request-id']);
  });

  it('LOG-PHI-1: a failed query logs its SQLSTATE, never its SQL or values, and answers without them', async () => {
    const before = lines.length;
    const res = await t.api.get('/api/v1/failing-query', {
      headers: { 'x-request-id': 'req-failing-query' },
    });
    expect(res.status).toBe(500);
    const logged = lines.slice(before).join('\n');
    expect(logged).toContain('req-failing-query');
    expect(logged).toContain('"sqlState":"22012"');
    for (const text of [res.text, logged]) {
      for (const secret of ['Adaeze', 'Okafor', '2348031234567', 'select', 'Failed query', 'params'])
        expect(text).not.toContain(secret);
    }
  });

  it('turn a unique violation into 409 without quoting the row', async () => {
    const res = await t.api.get<{ error: { code: string } }>('/api/v1/duplicate');
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('CONFLICT');
    expect(res.text).not.toContain('12345678901');
  });

  it('answer unknown API paths with a JSON 404', async () => {
    const res = await t.api.get<{ error: { code: string } }>('/api/v1/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: 'No such resource' } });
  });

  it('keep a sane incoming request id and replace a hostile one', async () => {
    const kept = await t.api.get('/api/health', { headers: { 'x-request-id': 'lb-7f3a9c21' } });
    expect(kept.headers['x-request-id']).toBe('lb-7f3a9c21');
    const replaced = await t.api.get('/api/health', {
      headers: { 'x-request-id': '<script>alert(1)</script>' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
