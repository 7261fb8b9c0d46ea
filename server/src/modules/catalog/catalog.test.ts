import type { CatalogItemInput, ErrorBody } from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../test/expect-refusal';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { queryRows } from '../../db/rows';
import type { CatalogItem } from './catalog.types';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ADMIN = { roles: ['ADMIN' as const] };
const URL = '/api/v1/service-catalog';
type Page = { items: CatalogItem[]; total: number; page: number; pageSize: number };
function item(over: Partial<CatalogItemInput> = {}): Partial<CatalogItemInput> {
  return {
    code: 'T-FBC',
    name: 'Full blood count',
    department: 'LAB',
    workflowType: 'LAB_TEST',
    price: 450_000,
    ...over,
  };
}

async function create(over: Partial<CatalogItemInput> = {}): Promise<CatalogItem> {
  const res = await t.api.post<CatalogItem>(URL, item(over), ADMIN);
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.text}`);
  return res.body;
}

async function auditRows(action: string, entityId?: string) {
  return queryRows<{ entity_id: string | null; metadata: Record<string, unknown> }>(
    t.database.db,
    sql`select entity_id, metadata from audit_log where action = ${action}
        ${entityId ? sql`and entity_id = ${entityId}` : sql``} order by id`,
  );
}

describe('service catalogue: access', () => {
  it('lets every staff member read, only administrators change, and nobody anonymous in', async () => {
    expect((await t.api.get(URL, { roles: ['RECEPTIONIST'] })).status).toBe(200);
    expect((await t.api.get(URL, { roles: ['LAB_TECH'] })).status).toBe(200);
    const refused = await t.api.post<ErrorBody>(URL, item({ code: 'T-NOPE' }), { roles: ['RECEPTIONIST'] });
    expectRefusal(refused, 'FORBIDDEN');
    expect(
      (await t.api.patch(`${URL}/${crypto.randomUUID()}`, { price: 1 }, { roles: ['CASHIER'] })).status,
    ).toBe(403);
    expect((await t.api.get(URL, { roles: ['PATIENT'] })).status).toBe(403);
    const anonymous = await t.api.get<ErrorBody>(URL);
    expectRefusal(anonymous, 'NOT_AUTHENTICATED');
    expect((await t.api.post(URL, item({ code: 'T-ANON' }))).status).toBe(401);
  });
});

describe('service catalogue: create and read', () => {
  it('CAT-1: creates an entry with the defaults filled in, and audits it', async () => {
    const created = await create({ code: 'T-CREATE', price: 1_250_050 });
    expect(created).toMatchObject({
      code: 'T-CREATE',
      price: 1_250_050,
      requiresVisit: true,
      requiresConsultation: false,
      autoBill: false,
      billTiming: 'BEFORE',
      orderableBy: [],
      active: true,
    });
    const fetched = await t.api.get<CatalogItem>(`${URL}/${created.id}`, { roles: ['NURSE'] });
    expect(fetched.body).toEqual(created);
    const [audit] = await auditRows('catalog.create', created.id);
    expect(audit?.metadata).toEqual({ code: 'T-CREATE', price: 1_250_050, active: true });
  });

  it('refuses a second entry with the same code, naming the existing one', async () => {
    const first = await create({ code: 'T-DUP' });
    const res = await t.api.post<ErrorBody>(URL, item({ code: 'T-DUP', name: 'Another name' }), ADMIN);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'DUPLICATE',
      details: { field: 'code', existingId: first.id },
    });
    expect(await auditRows('catalog.create', first.id)).toHaveLength(1);
  });

  it('refuses a fractional or negative price (kobo are whole) and a bad code', async () => {
    for (const bad of [{ price: 12.5 }, { price: -100 }, { code: 'lower case' }]) {
      const res = await t.api.post<ErrorBody>(URL, item({ code: 'T-BAD', ...bad }), ADMIN);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await t.api.get(`${URL}/${crypto.randomUUID()}`, ADMIN)).status).toBe(404);
    expect((await t.api.get(`${URL}/not-a-uuid`, ADMIN)).status).toBe(400);
    expect((await t.api.patch(`${URL}/${crypto.randomUUID()}`, { price: 5 }, ADMIN)).status).toBe(404);
  });
});

describe('service catalogue: list', () => {
  beforeAll(async () => {
    await create({
      code: 'Q-XRAY',
      name: 'Chest X-ray',
      department: 'RADIOLOGY',
      workflowType: 'RADIOLOGY_STUDY',
    });
    await create({ code: 'Q-MP', name: 'Malaria parasite', department: 'LAB', workflowType: 'LAB_TEST' });
    await create({ code: 'Q-ALB', name: 'Albumin', department: 'LAB', workflowType: 'LAB_TEST' });
    await create({ code: 'Q-PCT', name: 'Paracetamol 500 mg', department: 'PHARMACY', workflowType: 'DRUG' });
  });

  it('searches code or name fragments in any case, ordered by department then name', async () => {
    const byCode = await t.api.get<Page>(`${URL}?q=q-`, { roles: ['DOCTOR'] });
    expect(byCode.body.items.map((i) => i.code)).toEqual(['Q-ALB', 'Q-MP', 'Q-XRAY', 'Q-PCT']);
    const byName = await t.api.get<Page>(`${URL}?q=${encodeURIComponent('MALARIA')}`, { roles: ['DOCTOR'] });
    expect(byName.body.items.map((i) => i.code)).toEqual(['Q-MP']);
    // _ is a character to find, not LIKE's one-character wildcard (which would match "X-r").
    const underscore = await t.api.get<Page>(`${URL}?q=x_r`, { roles: ['DOCTOR'] });
    expect(underscore.body.items).toEqual([]);
  });

  it('filters by department and workflow type, and pages', async () => {
    const lab = await t.api.get<Page>(`${URL}?q=q-&department=LAB`, ADMIN);
    expect(lab.body.items.map((i) => i.code)).toEqual(['Q-ALB', 'Q-MP']);
    const drugs = await t.api.get<Page>(`${URL}?q=q-&workflowType=DRUG`, ADMIN);
    expect(drugs.body.items.map((i) => i.code)).toEqual(['Q-PCT']);
    const page2 = await t.api.get<Page>(`${URL}?q=q-&page=2&pageSize=3`, ADMIN);
    expect(page2.body).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page2.body.items.map((i) => i.code)).toEqual(['Q-PCT']);
    expect((await t.api.get(`${URL}?pageSize=201`, ADMIN)).status).toBe(400);
    expect((await t.api.get(`${URL}?department=KITCHEN`, ADMIN)).status).toBe(400);
  });
});

describe('service catalogue: change', () => {
  it('changes only the fields sent, and audits an old and a new price', async () => {
    const entry = await create({ code: 'T-PRICE', requiresConsultation: true, orderableBy: ['DOCTOR'] });
    const res = await t.api.patch<CatalogItem>(`${URL}/${entry.id}`, { price: 500_000 }, ADMIN);
    expect(res.status).toBe(200);
    // Omitted flags keep their values (a PATCH is not a reset to the defaults).
    expect(res.body).toMatchObject({ price: 500_000, requiresConsultation: true, orderableBy: ['DOCTOR'] });
    expect(res.body.updatedAt >= entry.updatedAt).toBe(true);
    const [audit] = await auditRows('catalog.update', entry.id);
    expect(audit?.metadata).toEqual({
      code: 'T-PRICE',
      fields: ['price'],
      oldPrice: 450_000,
      newPrice: 500_000,
    });
  });

  it('writes nothing when nothing changes', async () => {
    const entry = await create({ code: 'T-SAME' });
    const res = await t.api.patch<CatalogItem>(
      `${URL}/${entry.id}`,
      { price: entry.price, code: 'T-SAME' },
      ADMIN,
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual(entry);
    expect(await auditRows('catalog.update', entry.id)).toHaveLength(0);
  });

  it('keeps the code: charges snapshot it, so a change is refused with 409', async () => {
    const entry = await create({ code: 'T-CODE' });
    const res = await t.api.patch<ErrorBody>(`${URL}/${entry.id}`, { code: 'T-CODE2', price: 1 }, ADMIN);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'CONFLICT', details: { field: 'code', code: 'T-CODE' } });
    const after = await t.api.get<CatalogItem>(`${URL}/${entry.id}`, ADMIN);
    expect(after.body).toMatchObject({ code: 'T-CODE', price: entry.price });
  });

  it('refuses unknown fields instead of ignoring them', async () => {
    const entry = await create({ code: 'T-STRICT' });
    const res = await t.api.patch<ErrorBody>(`${URL}/${entry.id}`, { prise: 5 }, ADMIN);
    expect(res.status).toBe(400);
  });

  it('REC-KEEP-1: deactivates instead of deleting: gone from the default list, still fetchable by id', async () => {
    const entry = await create({ code: 'T-RETIRE', name: 'Retired service' });
    const res = await t.api.patch<CatalogItem>(`${URL}/${entry.id}`, { active: false }, ADMIN);
    expect(res.body.active).toBe(false);
    const codes = async (query: string) =>
      (await t.api.get<Page>(`${URL}?q=T-RETIRE${query}`, { roles: ['CASHIER'] })).body.items.map(
        (i) => i.code,
      );
    expect(await codes('')).toEqual([]);
    expect(await codes('&active=all')).toEqual(['T-RETIRE']);
    expect(await codes('&active=false')).toEqual(['T-RETIRE']);
    const fetched = await t.api.get<CatalogItem>(`${URL}/${entry.id}`, { roles: ['CASHIER'] });
    expect(fetched.body).toMatchObject({ code: 'T-RETIRE', active: false });
    const [audit] = await auditRows('catalog.update', entry.id);
    expect(audit?.metadata).toEqual({ code: 'T-RETIRE', fields: ['active'], active: false });
    // There is no delete route at all.
    const del = await t.api.request('DELETE', `${URL}/${entry.id}`, undefined, ADMIN);
    expect(del.status).toBe(404);
    expect((await t.api.get(`${URL}/${entry.id}`, ADMIN)).status).toBe(200);
  });
});
