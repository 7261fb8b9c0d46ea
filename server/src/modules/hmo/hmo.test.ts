import type { ErrorBody, HmoProvider } from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../test/expect-refusal';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { queryRows } from '../../db/rows';
import { inTransaction } from '../../db/transaction';
import { seedDemoHmoProviders } from '../../seed/demo-hmo';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ADMIN = { roles: ['ADMIN' as const] };
const URL = '/api/v1/hmo-providers';
type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
async function create(body: Record<string, unknown>): Promise<HmoProvider> {
  const res = await t.api.post<HmoProvider>(URL, body, ADMIN);
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.text}`);
  return res.body;
}

async function auditRows(action: string, entityId: string) {
  return queryRows<{ metadata: Record<string, unknown>; actor_id: string | null }>(
    t.database.db,
    sql`select metadata, actor_id from audit_log where action = ${action} and entity_id = ${entityId} order by id`,
  );
}

describe('HMO providers: access', () => {
  it('lets staff read, only administrators change, and nobody anonymous or a patient in', async () => {
    const provider = await create({ name: 'Access Check HMO', code: 'ACC-CHK' });
    expect((await t.api.get(URL, { roles: ['RECEPTIONIST'] })).status).toBe(200);
    expect((await t.api.get(`${URL}/${provider.id}`, { roles: ['DOCTOR'] })).status).toBe(200);
    const refused = await t.api.post<ErrorBody>(URL, { name: 'Nope', code: 'NOPE' }, { roles: ['CASHIER'] });
    expectRefusal(refused, 'FORBIDDEN');
    expect(
      (await t.api.patch(`${URL}/${provider.id}`, { active: false }, { roles: ['RECEPTIONIST'] })).status,
    ).toBe(403);
    expect((await t.api.get(URL, { roles: ['PATIENT'] })).status).toBe(403);
    expect((await t.api.get(URL)).status).toBe(401);
    expect((await t.api.post(URL, { name: 'Anon', code: 'ANON' })).status).toBe(401);
  });
});

describe('HMO providers: create', () => {
  it('creates a provider with its contact details and audits it', async () => {
    const res = await t.api.post<HmoProvider>(
      URL,
      {
        name: 'Hygeia HMO',
        code: 'hyg-01',
        contactName: 'Claims desk',
        phone: '+234 803 000 0000',
        email: 'claims@hygeia.example',
        address: '',
      },
      ADMIN,
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Hygeia HMO',
      code: 'HYG-01',
      contactName: 'Claims desk',
      email: 'claims@hygeia.example',
      address: null,
      active: true,
    });
    const fetched = await t.api.get<HmoProvider>(`${URL}/${res.body.id}`, { roles: ['CASHIER'] });
    expect(fetched.body).toEqual(res.body);
    const [audit] = await auditRows('hmo.provider.create', res.body.id);
    expect(audit?.metadata).toEqual({ code: 'HYG-01' });
    expect(audit?.actor_id).not.toBeNull();
  });

  it('refuses a second provider with the same code, whatever its case, with 409 DUPLICATE', async () => {
    const first = await create({ name: 'Reliance HMO', code: 'REL' });
    const again = await t.api.post<ErrorBody>(URL, { name: 'Reliance again', code: 'rel' }, ADMIN);
    expectRefusal(again, 'DUPLICATE');
    expect(again.body.error.details).toMatchObject({ field: 'code', existingId: first.id });
  });

  it('answers 400 with field paths for bad input', async () => {
    const res = await t.api.post<ErrorBody>(URL, { code: 'X', email: 'not-an-email', colour: 'red' }, ADMIN);
    expectRefusal(res, 'VALIDATION_FAILED');
    const paths = (res.body.error.details as { path: string }[]).map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.code', 'body.email']));
  });
});

describe('HMO providers: update and deactivate', () => {
  it('edits contact details, can clear them, and audits which fields changed', async () => {
    const p = await create({ name: 'Avon HMO', code: 'AVON', phone: '08030000001' });
    const res = await t.api.patch<HmoProvider>(
      `${URL}/${p.id}`,
      { name: 'Avon Healthcare', phone: null, code: 'avon' },
      ADMIN,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Avon Healthcare', phone: null, code: 'AVON' });
    const [audit] = await auditRows('hmo.provider.update', p.id);
    expect(audit?.metadata).toEqual({ code: 'AVON', fields: ['name', 'phone'] });
  });

  it('refuses to change the code (409) and answers 404 for an unknown provider', async () => {
    const p = await create({ name: 'Leadway Health', code: 'LEAD' });
    const res = await t.api.patch<ErrorBody>(`${URL}/${p.id}`, { code: 'LEAD-2' }, ADMIN);
    expectRefusal(res, 'CONFLICT');
    expect((await t.api.get<HmoProvider>(`${URL}/${p.id}`, ADMIN)).body.code).toBe('LEAD');
    expect((await t.api.patch(`${URL}/${crypto.randomUUID()}`, { name: 'Ghost' }, ADMIN)).status).toBe(404);
    expect((await t.api.get(`${URL}/${crypto.randomUUID()}`, ADMIN)).status).toBe(404);
    expect((await t.api.get(`${URL}/not-a-uuid`, ADMIN)).status).toBe(400);
  });

  it('REC-KEEP-1: deactivates rather than deletes: gone from the default list, still readable and listable', async () => {
    const p = await create({ name: 'Zeta Retired HMO', code: 'ZETA-RET' });
    const res = await t.api.patch<HmoProvider>(`${URL}/${p.id}`, { active: false }, ADMIN);
    expect(res.body.active).toBe(false);
    const active = await t.api.get<Page<HmoProvider>>(`${URL}?q=zeta&pageSize=200`, ADMIN);
    expect(active.body.items.map((i) => i.id)).not.toContain(p.id);
    const retired = await t.api.get<Page<HmoProvider>>(`${URL}?q=zeta&active=false`, ADMIN);
    expect(retired.body.items.map((i) => i.id)).toEqual([p.id]);
    expect((await t.api.get<HmoProvider>(`${URL}/${p.id}`, ADMIN)).body.active).toBe(false);
    expect((await t.api.request('DELETE', `${URL}/${p.id}`, undefined, ADMIN)).status).toBe(404);
    const [audit] = await auditRows('hmo.provider.update', p.id);
    expect(audit?.metadata).toMatchObject({ fields: ['active'], active: false });
  });
});

describe('HMO providers: list', () => {
  it('searches name or code, sorts by name and paginates', async () => {
    await create({ name: 'Pagination Beta', code: 'PG-B' });
    await create({ name: 'Pagination Alpha', code: 'PG-A' });
    await create({ name: 'Pagination Gamma', code: 'PG-C' });
    const first = await t.api.get<Page<HmoProvider>>(`${URL}?q=pagination&pageSize=2`, { roles: ['NURSE'] });
    expect(first.body.total).toBe(3);
    expect(first.body.items.map((i) => i.code)).toEqual(['PG-A', 'PG-B']);
    const second = await t.api.get<Page<HmoProvider>>(`${URL}?q=pagination&pageSize=2&page=2`, ADMIN);
    expect(second.body.items.map((i) => i.code)).toEqual(['PG-C']);
    const byCode = await t.api.get<Page<HmoProvider>>(`${URL}?q=pg-c`, ADMIN);
    expect(byCode.body.items.map((i) => i.name)).toEqual(['Pagination Gamma']);
    const literal = await t.api.get<Page<HmoProvider>>(`${URL}?q=${encodeURIComponent('%')}`, ADMIN);
    expect(literal.body.total).toBe(0);
    expect((await t.api.get(`${URL}?pageSize=500`, ADMIN)).status).toBe(400);
  });
});

describe('HMO providers: demo data', () => {
  it('seeds two providers once; running the seed again adds nothing and keeps edits', async () => {
    expect(await inTransaction(t.database.db, seedDemoHmoProviders)).toBe(2);
    const seeded = await t.api.get<Page<HmoProvider>>(`${URL}?q=lagoon`, ADMIN);
    const lagoon = seeded.body.items[0];
    expect(lagoon?.code).toBe('LAGOON');
    await t.api.patch(`${URL}/${lagoon?.id}`, { name: 'Lagoon Care HMO Ltd' }, ADMIN);
    expect(await inTransaction(t.database.db, seedDemoHmoProviders)).toBe(0);
    expect((await t.api.get<HmoProvider>(`${URL}/${lagoon?.id}`, ADMIN)).body.name).toBe(
      'Lagoon Care HMO Ltd',
    );
  });
});
