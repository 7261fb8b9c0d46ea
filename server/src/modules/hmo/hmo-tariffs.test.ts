import type { ErrorBody, HmoProvider, HmoTariff } from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../test/expect-refusal';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { queryRows } from '../../db/rows';
import type { CatalogItem } from '../catalog';
import { unitPriceFor } from './tariff-price.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ADMIN = { roles: ['ADMIN' as const] };
type Page<T> = { items: T[]; total: number };
let counter = 0;
async function provider(): Promise<HmoProvider> {
  counter++;
  const res = await t.api.post<HmoProvider>(
    '/api/v1/hmo-providers',
    { name: `Tariff HMO ${counter}`, code: `TH-${counter}` },
    ADMIN,
  );
  if (res.status !== 201) throw new Error(res.text);
  return res.body;
}

async function service(code: string, price: number): Promise<CatalogItem> {
  const res = await t.api.post<CatalogItem>(
    '/api/v1/service-catalog',
    { code, name: `Service ${code}`, department: 'LAB', workflowType: 'LAB_TEST', price },
    ADMIN,
  );
  if (res.status !== 201) throw new Error(res.text);
  return res.body;
}

const tariffUrl = (providerId: string, serviceId = '') =>
  `/api/v1/hmo-providers/${providerId}/tariffs${serviceId ? `/${serviceId}` : ''}`;

function priceOf(s: CatalogItem, providerId: string | null) {
  return unitPriceFor(t.database.db, { id: s.id, priceMinor: s.price }, providerId);
}

describe('HMO tariffs', () => {
  it('CAT-2: sets a negotiated price that new charges on that HMO use instead of the catalogue price', async () => {
    const hmo = await provider();
    const other = await provider();
    const fbc = await service('TT-FBC', 450_000);
    const created = await t.api.put<HmoTariff>(tariffUrl(hmo.id, fbc.id), { price: 380_000 }, ADMIN);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      providerId: hmo.id,
      serviceId: fbc.id,
      serviceCode: 'TT-FBC',
      serviceName: 'Service TT-FBC',
      cataloguePrice: 450_000,
      price: 380_000,
      active: true,
    });
    expect(await priceOf(fbc, hmo.id)).toBe(380_000);
    expect(await priceOf(fbc, other.id)).toBe(450_000);
    expect(await priceOf(fbc, null)).toBe(450_000);

    const updated = await t.api.put<HmoTariff>(tariffUrl(hmo.id, fbc.id), { price: 400_000 }, ADMIN);
    expect(updated.status).toBe(200);
    expect(updated.body.id).toBe(created.body.id);
    expect(await priceOf(fbc, hmo.id)).toBe(400_000);

    const audits = await queryRows<{ metadata: Record<string, unknown> }>(
      t.database.db,
      sql`select metadata from audit_log where action = 'hmo.tariff.set' and entity_id = ${created.body.id} order by id`,
    );
    expect(audits.map((a) => a.metadata)).toEqual([
      { providerId: hmo.id, serviceCode: 'TT-FBC', newPrice: 380_000 },
      { providerId: hmo.id, serviceCode: 'TT-FBC', newPrice: 400_000, oldPrice: 380_000, wasActive: true },
    ]);
  });

  it('lists a provider’s tariffs with the catalogue entry beside each, for any staff member', async () => {
    const hmo = await provider();
    const a = await service('TT-LIST-A', 100_000);
    const b = await service('TT-LIST-B', 200_000);
    await t.api.put(tariffUrl(hmo.id, b.id), { price: 150_000 }, ADMIN);
    await t.api.put(tariffUrl(hmo.id, a.id), { price: 90_000 }, ADMIN);
    const list = await t.api.get<Page<HmoTariff>>(tariffUrl(hmo.id), { roles: ['RECEPTIONIST'] });
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(2);
    expect(list.body.items.map((i) => [i.serviceCode, i.cataloguePrice, i.price])).toEqual([
      ['TT-LIST-A', 100_000, 90_000],
      ['TT-LIST-B', 200_000, 150_000],
    ]);
    expect((await t.api.get(tariffUrl(crypto.randomUUID()), ADMIN)).status).toBe(404);
  });

  it('retires a tariff so the catalogue price applies again, and a later PUT brings it back', async () => {
    const hmo = await provider();
    const xray = await service('TT-XRAY', 1_200_000);
    await t.api.put(tariffUrl(hmo.id, xray.id), { price: 1_000_000 }, ADMIN);
    const retired = await t.api.patch<HmoTariff>(tariffUrl(hmo.id, xray.id), { active: false }, ADMIN);
    expect(retired.status).toBe(200);
    expect(retired.body.active).toBe(false);
    expect(await priceOf(xray, hmo.id)).toBe(1_200_000);
    expect((await t.api.get<Page<HmoTariff>>(tariffUrl(hmo.id), ADMIN)).body.total).toBe(0);
    const all = await t.api.get<Page<HmoTariff>>(`${tariffUrl(hmo.id)}?active=all`, ADMIN);
    expect(all.body.items.map((i) => i.active)).toEqual([false]);

    const back = await t.api.put<HmoTariff>(tariffUrl(hmo.id, xray.id), { price: 1_100_000 }, ADMIN);
    expect(back.body).toMatchObject({ active: true, price: 1_100_000 });
    expect(await priceOf(xray, hmo.id)).toBe(1_100_000);
  });

  it('refuses non-admins, bad prices, unknown providers, services and tariffs', async () => {
    const hmo = await provider();
    const s = await service('TT-REFUSE', 50_000);
    expect((await t.api.put(tariffUrl(hmo.id, s.id), { price: 1 }, { roles: ['CASHIER'] })).status).toBe(403);
    const negative = await t.api.put<ErrorBody>(tariffUrl(hmo.id, s.id), { price: -5 }, ADMIN);
    expectRefusal(negative, 'VALIDATION_FAILED');
    expect((await t.api.put(tariffUrl(hmo.id, s.id), { price: 10.5 }, ADMIN)).status).toBe(400);
    expect((await t.api.put(tariffUrl(hmo.id, crypto.randomUUID()), { price: 1 }, ADMIN)).status).toBe(404);
    expect((await t.api.put(tariffUrl(crypto.randomUUID(), s.id), { price: 1 }, ADMIN)).status).toBe(404);
    expect((await t.api.patch(tariffUrl(hmo.id, s.id), { active: false }, ADMIN)).status).toBe(404);
    expect((await t.api.patch(tariffUrl(hmo.id, s.id), {}, ADMIN)).status).toBe(400);
  });
});
