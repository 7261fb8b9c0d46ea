import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, type TestApp } from '../../test/test-app';
import { AppError } from './app-error';
import { GATE_NAMES } from './gate-names';

describe('default deny', () => {
  it('HTTP-ACCESS-1: refuses to start when an API route declares no access', async () => {
    await expect(
      createTestApp({ setup: (app) => app.get('/api/v1/forgotten', async () => ({ leaked: true })) }),
    ).rejects.toThrow(/GET \/api\/v1\/forgotten declares no access/);
  });

  it('every API route of the real app declares its access', async () => {
    const t = await createTestApp();
    try {
      const api = t.app.routeTable.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
      expect(api.length).toBeGreaterThan(0);
      expect(api.filter((r) => !r.access)).toEqual([]);
      // Only health, login, refresh, register and the gateway's webhook (which proves itself with an
      // HMAC signature instead of a session) are public; docs are served outside the API table.
      const open = api.filter((r) => r.access && 'public' in r.access).map((r) => `${r.method} ${r.url}`);
      expect(open.filter((r) => !r.startsWith('HEAD')).sort()).toEqual([
        'GET /api/health',
        'GET /api/health/ready',
        'POST /api/v1/auth/login',
        'POST /api/v1/auth/refresh',
        'POST /api/v1/auth/register',
        'POST /api/v1/payments/webhooks/paystack',
      ]);
    } finally {
      await t.close();
    }
  });
});

describe('authorisation order', () => {
  let t: TestApp;
  const visited: string[] = [];
  beforeAll(async () => {
    t = await createTestApp({
      setup: (app) => {
        app.gates.set('visitOpen', async (request) => {
          visited.push((request.params as { id: string }).id);
          throw new AppError('VISIT_CLOSED', 'The visit is closed');
        });
        app.post(
          '/api/v1/things/:id',
          {
            config: { access: { roles: ['DOCTOR'], gates: ['visitOpen'] } },
            schema: { params: z.object({ id: z.uuid() }), body: z.object({ note: z.string().min(1) }) },
          },
          async () => ({ ok: true }),
        );
      },
    });
  });
  afterAll(() => t.close());

  const id = '3f1c1c1e-8a5b-4c55-9a53-2f0f7c1e0a11';

  it('answers 401 to an anonymous caller before validating anything', async () => {
    const res = await t.api.post<{ error: { code: string } }>('/api/v1/things/not-a-uuid', { note: '' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('NOT_AUTHENTICATED');
  });

  it('answers 403 to a caller without the role, still before validation', async () => {
    const res = await t.api.post<{ error: { code: string } }>(
      '/api/v1/things/not-a-uuid',
      { note: '' },
      { roles: ['CASHIER'] },
    );
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
  });

  it('ERR-1: validates with field paths once the caller is allowed', async () => {
    const res = await t.api.post<{ error: { code: string; details: { path: string }[] } }>(
      '/api/v1/things/not-a-uuid',
      { note: '' },
      { roles: ['DOCTOR'] },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details.map((d) => d.path)).toEqual(['params.id']);
    const body = await t.api.post<{ error: { details: { path: string }[] } }>(
      `/api/v1/things/${id}`,
      { note: '' },
      { roles: ['DOCTOR'] },
    );
    expect(body.body.error.details.map((d) => d.path)).toEqual(['body.note']);
  });

  it('runs declared gates after validation, with typed params', async () => {
    const res = await t.api.post<{ error: { code: string } }>(
      `/api/v1/things/${id}`,
      { note: 'ok' },
      { roles: ['DOCTOR'] },
    );
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('VISIT_CLOSED');
    expect(visited).toEqual([id]);
  });
});

describe('gate names (HTTP-GATE-1)', () => {
  it('HTTP-GATE-1: a mistyped gate name fails the type check and stops the app at boot', async () => {
    await expect(
      createTestApp({
        setup: (a) =>
          a.get(
            '/api/v1/typo',
            // @ts-expect-error 'visitOpne' is not a gate name: the type check refuses it too.
            { config: { access: { roles: ['DOCTOR'], gates: ['visitOpne'] } } },
            async () => ({ ok: true }),
          ),
      }),
    ).rejects.toThrow(/Route GET \/api\/v1\/typo declares gate "visitOpne", which no module registered/);
  });

  it('HTTP-GATE-1: a real route whose gate no module registered stops the app at boot', async () => {
    await expect(createTestApp({ setup: (a) => a.gates.delete('portalVerified') })).rejects.toThrow(
      /Route GET \/api\/v1\/portal\/profile declares gate "portalVerified", which no module registered/,
    );
  });

  it('HTTP-GATE-1: the real app registers every gate name in the list', async () => {
    const t = await createTestApp();
    try {
      expect([...t.app.gates.keys()].sort()).toEqual([...GATE_NAMES].sort());
    } finally {
      await t.close();
    }
  });
});
