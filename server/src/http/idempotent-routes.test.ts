import type { ErrorBody } from '@modern-emr/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { RouteEntry } from './access';

/*
 * HTTP-IDEM-1, the rule this file enforces: a mutating API route declares `idempotent: true` when a
 * retry of the same request would otherwise move money or stock a second time, that is when it
 * creates a new movement whose amount the request carries (a payment, a refund request, a wallet
 * deposit, a stock receipt, a dispense, a remittance). A route whose path names money or stock but
 * moves one record to its next state (approve, reject, remit a cover once) is exactly-once by that
 * state (a second call is refused with 409), so it is listed below with its reason instead.
 */

/** Any path segment that names money or stock; matching routes must declare or be exempt below. */
const MONEY_OR_STOCK = /pay|refund|wallet|deposit|remit|stock|dispens|receiv/i;

/** Routes that match MONEY_OR_STOCK but are not idempotent by key, and why. */
const EXEMPT: Record<string, string> = {
  'POST /api/v1/payments/webhooks/paystack':
    'public (the gateway has no account to key on); a gateway reference becomes at most one ONLINE payment, so a redelivered event confirms nothing twice',
  'POST /api/v1/visits/:id/online-payments':
    'moves no money: it records an INITIALISED gateway transaction that only the signed webhook can confirm',
  'POST /api/v1/refunds/:id/approve':
    'a state transition of one refund: a second decision finds it decided (409 INVALID_TRANSITION)',
  'POST /api/v1/refunds/:id/reject':
    'a state transition of one refund: a second decision finds it decided (409 INVALID_TRANSITION)',
  'POST /api/v1/visits/:id/insurance/remit':
    "once per cover: a second remittance is refused (409 CONFLICT), and the amount is the cover's, not the request's",
};

const MUTATING = ['POST', 'PUT', 'PATCH', 'DELETE'];
const ID = '3f1c1c1e-8a5b-4c55-9a53-2f0f7c1e0a11';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const name = (r: RouteEntry) => `${r.method} ${r.url}`;
const mutatingApiRoutes = () =>
  t.app.routeTable.filter((r) => MUTATING.includes(r.method) && r.url.startsWith('/api/'));
const declaresIdempotent = (r: RouteEntry) => Boolean(r.access && 'roles' in r.access && r.access.idempotent);

describe('idempotent routes (HTTP-IDEM-1)', () => {
  it('HTTP-IDEM-1: every mutating route whose path names money or stock declares idempotent: true or is exempt with a reason', () => {
    const undeclared = mutatingApiRoutes()
      .filter((r) => MONEY_OR_STOCK.test(r.url) && !declaresIdempotent(r) && !(name(r) in EXEMPT))
      .map(name);
    expect(undeclared).toEqual([]);
  });

  it('HTTP-IDEM-1: every exemption names a real route that does not declare idempotent: true', () => {
    const routes = new Map(mutatingApiRoutes().map((r) => [name(r), r]));
    for (const exempt of Object.keys(EXEMPT)) {
      const route = routes.get(exempt);
      expect(route, exempt).toBeDefined();
      expect(route && declaresIdempotent(route), exempt).toBe(false);
    }
  });

  it('HTTP-IDEM-1: every idempotent route refuses a request without a key, or with a malformed one, before anything else', async () => {
    const idempotent = mutatingApiRoutes().filter(declaresIdempotent);
    expect(idempotent.map(name).sort()).toEqual(
      expect.arrayContaining([
        'POST /api/v1/patients/:id/wallet',
        'POST /api/v1/payments/:id/refund',
        'POST /api/v1/visits/:id/payments',
      ]),
    );
    for (const route of idempotent) {
      const access = route.access && 'roles' in route.access ? route.access : undefined;
      const role = access?.roles[0];
      if (!role) throw new Error(`${name(route)} names no role`);
      const url = route.url.replace(/:[A-Za-z]+/g, ID);
      const send = (headers: Record<string, string>) =>
        t.api.request<ErrorBody>(route.method, url, {}, { roles: [role], headers });

      const missing = await send({});
      expect(missing.status, name(route)).toBe(400);
      expect(missing.body.error.code, name(route)).toBe('IDEMPOTENCY_KEY_REQUIRED');

      const malformed = await send({ 'idempotency-key': 'short' });
      expect(malformed.status, name(route)).toBe(400);
      expect(malformed.body.error).toMatchObject({
        code: 'BAD_REQUEST',
        details: { path: 'headers.idempotency-key' },
      });

      // With a key the request goes on to validation: the empty body is what is refused now.
      const keyed = await send({ 'idempotency-key': crypto.randomUUID() });
      expect(keyed.status, name(route)).toBe(400);
      expect(keyed.body.error.code, name(route)).toBe('VALIDATION_FAILED');
    }
  });

  it('HTTP-IDEM-1: the OpenAPI document names the Idempotency-Key header on every idempotent route', async () => {
    type Operation = { parameters?: { in: string; name: string }[] };
    const doc = await t.api.get<{ paths: Record<string, Record<string, Operation>> }>('/api/docs/json');
    const withoutHeader = mutatingApiRoutes()
      .filter(declaresIdempotent)
      .filter((r) => {
        const operation = doc.body.paths[r.url.replace(/:([A-Za-z]+)/g, '{$1}')]?.[r.method.toLowerCase()];
        return !operation?.parameters?.some((p) => p.in === 'header' && p.name === 'idempotency-key');
      })
      .map(name);
    expect(withoutHeader).toEqual([]);
  });
});
