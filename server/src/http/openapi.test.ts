import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('OpenAPI', () => {
  it('documents the API from the same zod schemas that validate it', async () => {
    const res = await t.api.get<{
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    }>('/api/docs/json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/v1/settings']));
    const patch = JSON.stringify(res.body.paths['/api/v1/settings']?.patch?.requestBody);
    expect(patch).toContain('clinicName');
    expect(patch).toContain('timeZone');
  });

  it('serves the interactive docs page under the strict CSP', async () => {
    const res = await t.api.get('/api/docs/');
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('text/html');
    expect(String(res.headers['content-security-policy'])).not.toContain('unsafe-inline');
  });
});
