import { PERMISSIONS, ROLES, type Role } from '@modern-emr/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestApp, uniqueIp } from '../../test/test-app';
import { ENGINE } from '../../test/test-database';
import { openPostgres } from '../db/open-postgres';
import type { RouteEntry } from './access';

/**
 * Every declared route × every role, over HTTP with real tokens: the allowed roles get past
 * authorisation, every other role gets 403, and an anonymous caller gets 401. On PostgreSQL the
 * tokens come from one app instance and the calls go to a second one sharing the database.
 */

/**
 * Test-only: a request carrying this header stops right after authorisation (preParsing runs after
 * every onRequest hook) with 204, so the matrix checks authorisation exactly and no handler runs
 * (no logout, no streams, no writes).
 */
const PROBE = 'x-matrix-probe';
function probe(app: FastifyInstance) {
  app.addHook('preParsing', async (request, reply) => {
    if (request.headers[PROBE]) return reply.code(204).send();
  });
}

let a: TestApp;
let b: TestApp;
let closeB = async () => {};
const tokens = new Map<Role, string>();

beforeAll(async () => {
  a = await createTestApp({ setup: probe });
  b = a;
  if (ENGINE === 'postgres') {
    const database = await openPostgres({ url: a.database.url ?? '', sslMode: 'disable', poolMax: 4 });
    b = await createTestApp({ database, clock: a.clock, setup: probe });
    closeB = async () => {
      await b.close();
      await database.close();
    };
  }
  for (const role of ROLES) tokens.set(role, (await loginAs(a, role)).token);
});
afterAll(async () => {
  await closeB();
  await a.close();
});

const ID = '3f1c1c1e-8a5b-4c55-9a53-2f0f7c1e0a11';

function declaredRoutes(app: TestApp): (RouteEntry & { roles: readonly Role[] })[] {
  return app.app.routeTable.flatMap((r) =>
    r.method !== 'HEAD' && r.url.startsWith('/api/v1/') && r.access && 'roles' in r.access
      ? [{ ...r, roles: r.access.roles }]
      : [],
  );
}

function call(app: TestApp, route: RouteEntry, token?: string) {
  const url = route.url.replace(/:[A-Za-z]+/g, ID);
  const body = ['POST', 'PUT', 'PATCH'].includes(route.method) ? {} : undefined;
  return app.api.request<{ error?: { code: string } } | undefined>(route.method, url, body, {
    ...(token ? { token } : {}),
    headers: { [PROBE]: '1' },
    ip: uniqueIp(),
  });
}

describe(`role matrix (${ENGINE}${ENGINE === 'postgres' ? ', two app instances' : ''})`, () => {
  it('covers every declared route', () => {
    expect(declaredRoutes(a).length).toBeGreaterThan(10);
  });

  it('answers 401 to anonymous callers on every declared route, before anything else', async () => {
    for (const route of declaredRoutes(a)) {
      const res = await call(b, route);
      expect(res.status, `${route.method} ${route.url}`).toBe(401);
      expect(res.body?.error?.code).toBe('NOT_AUTHENTICATED');
    }
  });

  it('ROLE-4, HTTP-ACCESS-1: lets exactly the declared roles past authorisation and answers 403 to every other role', {
    timeout: 120_000,
  }, async () => {
    const mismatches: string[] = [];
    for (const route of declaredRoutes(a)) {
      for (const role of ROLES) {
        const res = await call(b, route, tokens.get(role));
        const expected = route.roles.includes(role) ? 204 : 403;
        const code = res.body?.error?.code;
        if (res.status !== expected || (expected === 403 && code !== 'FORBIDDEN')) {
          mismatches.push(`${route.method} ${route.url} as ${role}: ${res.status} ${code ?? ''}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('declares the identity routes from the permission table', () => {
    const rolesOf = (method: string, url: string) =>
      declaredRoutes(a).find((r) => r.method === method && r.url === url)?.roles;
    expect(rolesOf('GET', '/api/v1/users')).toEqual(PERMISSIONS['users.manage']);
    expect(rolesOf('PATCH', '/api/v1/users/:id')).toEqual(['ADMIN']);
    expect(rolesOf('POST', '/api/v1/patients/:id/verify')).toEqual(['RECEPTIONIST']);
    expect(rolesOf('GET', '/api/v1/portal/profile')).toEqual(['PATIENT']);
    expect(rolesOf('GET', '/api/v1/auth/me')).toEqual(ROLES);
  });
});
