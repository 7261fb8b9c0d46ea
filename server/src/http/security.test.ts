import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;

/** GET with the request target exactly as written, the way a hostile client sends it. */
async function rawGet(app: FastifyInstance, target: string): Promise<{ status: number; body: string }> {
  if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: target, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
beforeAll(async () => {
  t = await createTestApp({ env: { CORS_ALLOWED_ORIGINS: 'https://portal.clinic.ng' } });
});
afterAll(() => t.close());

function expectSecurityHeaders(headers: Record<string, unknown>) {
  const csp = String(headers['content-security-policy']);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-powered-by']).toBeUndefined();
}

describe('security headers', () => {
  it.each([
    ['a 200', 'GET', '/api/health', 200],
    ['a 401', 'GET', '/api/v1/settings', 401],
    ['a 404', 'GET', '/api/v1/nothing-here', 404],
    ['a refused traversal', 'GET', '/api/v1/..%2f..%2fetc/passwd', 400],
  ])('are on %s', async (_label, method, url, status) => {
    const res = await t.api.request(method, url);
    expect(res.status).toBe(status);
    expectSecurityHeaders(res.headers);
  });

  it('leave HSTS off outside production (plain-HTTP development would be pinned)', async () => {
    const res = await t.api.get('/api/health');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('add HSTS for a year with subdomains and preload in production', async () => {
    const prod = await createTestApp({
      database: t.database,
      env: { NODE_ENV: 'production', DATABASE_URL: 'postgres://unused@127.0.0.1:1/x', SEED_DEMO: 'false' },
    });
    try {
      const res = await prod.api.get('/api/health');
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains; preload');
      expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    } finally {
      await prod.close();
    }
  });
});

describe('request screening', () => {
  // Sent over a real socket: an in-process injector would normalise `/../` away before the app saw it.
  it.each([
    '/api/v1/..%2fsettings',
    '/api/v1/%2e%2e/%2e%2e/etc/passwd',
    '/assets/../../../etc/passwd',
    '/api/health?file=..%5c..%5cboot.ini',
    '/api/health?x=%00',
  ])('refuses %s with 400 JSON before routing', async (target) => {
    const res = await rawGet(t.app, target);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('MALFORMED_PATH');
  });

  it('answers an unknown method with 405 and an Allow header', async () => {
    const res = await t.api.request<{ error: { code: string } }>('PROPFIND', '/api/health');
    expect(res.status).toBe(405);
    expect(res.body.error.code).toBe('METHOD_NOT_ALLOWED');
    expect(res.headers.allow).toContain('GET');
  });

  it('accepts paths with or without a trailing slash', async () => {
    expect((await t.api.get('/api/health/')).status).toBe(200);
    expect((await t.api.get('/api/v1/settings/', { roles: ['NURSE'] })).status).toBe(200);
  });

  it('refuses a body over the limit with 413', async () => {
    const big = JSON.stringify({ clinicName: 'x'.repeat(1_100_000) });
    const res = await t.api.request<{ error: { code: string } }>('PATCH', '/api/v1/settings', big, {
      roles: ['ADMIN'],
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses malformed JSON with 400 and a non-JSON body with 415', async () => {
    const bad = await t.api.request<{ error: { code: string } }>(
      'PATCH',
      '/api/v1/settings',
      '{"clinicName":',
      {
        roles: ['ADMIN'],
        headers: { 'content-type': 'application/json' },
      },
    );
    expect(bad.status).toBe(400);
    const xml = await t.api.request<{ error: { code: string } }>('PATCH', '/api/v1/settings', '<settings/>', {
      roles: ['ADMIN'],
      headers: { 'content-type': 'application/xml' },
    });
    expect(xml.status).toBe(415);
    expect(xml.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('CORS', () => {
  it('allows only the configured origin, with credentials', async () => {
    const ok = await t.api.request('OPTIONS', '/api/v1/settings', undefined, {
      headers: { origin: 'https://portal.clinic.ng', 'access-control-request-method': 'PATCH' },
    });
    expect(ok.headers['access-control-allow-origin']).toBe('https://portal.clinic.ng');
    expect(ok.headers['access-control-allow-credentials']).toBe('true');

    const evil = await t.api.get('/api/health', { headers: { origin: 'https://evil.example' } });
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows no origin at all when none is configured', async () => {
    const closed = await createTestApp({ database: t.database });
    try {
      const res = await closed.api.get('/api/health', { headers: { origin: 'https://portal.clinic.ng' } });
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await closed.close();
    }
  });
});

describe('client address behind a proxy', () => {
  async function seenIp(env: Record<string, string>, forwardedFor: string): Promise<string> {
    const app = await createTestApp({
      database: t.database,
      env,
      setup: (a) =>
        a.get('/api/v1/whoami-test', { config: { access: { public: true } } }, async (req) => ({
          ip: req.ip,
        })),
    });
    try {
      const res = await app.api.get<{ ip: string }>('/api/v1/whoami-test', {
        headers: { 'x-forwarded-for': forwardedFor },
      });
      return res.body.ip;
    } finally {
      await app.close();
    }
  }

  it('ignores X-Forwarded-For unless a proxy is trusted, so it cannot be spoofed', async () => {
    expect(await seenIp({}, '203.0.113.9')).toBe('127.0.0.1');
  });

  it('reads the client address from a trusted proxy', async () => {
    expect(await seenIp({ TRUST_PROXY: '127.0.0.1' }, '203.0.113.9')).toBe('203.0.113.9');
    expect(await seenIp({ TRUST_PROXY: '1' }, '198.51.100.1, 203.0.113.9')).toBe('203.0.113.9');
  });
});
