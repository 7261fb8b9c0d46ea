import {
  type HmoTariff,
  type HmoTariffListQuery,
  type Page,
  pageOffset,
  type TariffPatch,
} from '@modern-emr/domain';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { notFound } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { serviceCatalog } from '../catalog';
import { hmoProviders, hmoTariffs } from './hmo.schema';

/*
 * A tariff only sets the price a new charge is raised at on that provider's visits
 * (`unitPriceFor`); charges already raised keep their copied price. Retired, never deleted.
 */

const tariffColumns = {
  id: hmoTariffs.id,
  providerId: hmoTariffs.providerId,
  serviceId: hmoTariffs.serviceId,
  serviceCode: serviceCatalog.code,
  serviceName: serviceCatalog.name,
  cataloguePrice: serviceCatalog.priceMinor,
  price: hmoTariffs.priceMinor,
  active: hmoTariffs.active,
  updatedAt: hmoTariffs.updatedAt,
};

type TariffRow = Omit<HmoTariff, 'updatedAt'> & { updatedAt: Date };

function toHmoTariff(row: TariffRow): HmoTariff {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

async function assertProvider(db: Db | Tx, providerId: string): Promise<void> {
  const [row] = await db
    .select({ id: hmoProviders.id })
    .from(hmoProviders)
    .where(eq(hmoProviders.id, providerId));
  if (!row) throw notFound('HMO provider');
}

export async function listHmoTariffs(
  db: Db,
  providerId: string,
  query: HmoTariffListQuery,
): Promise<Page<HmoTariff>> {
  await assertProvider(db, providerId);
  const conditions: SQL[] = [eq(hmoTariffs.providerId, providerId)];
  if (query.active !== 'all') conditions.push(eq(hmoTariffs.active, query.active === 'true'));
  const where = and(...conditions);
  const [rows, [count]] = await Promise.all([
    db
      .select(tariffColumns)
      .from(hmoTariffs)
      .innerJoin(serviceCatalog, eq(serviceCatalog.id, hmoTariffs.serviceId))
      .where(where)
      .orderBy(asc(serviceCatalog.code))
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    db.select({ n: sql<number>`count(*)::int` }).from(hmoTariffs).where(where),
  ]);
  return { items: rows.map(toHmoTariff), total: count?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

async function readTariff(tx: Tx, providerId: string, serviceId: string): Promise<HmoTariff | null> {
  const [row] = await tx
    .select(tariffColumns)
    .from(hmoTariffs)
    .innerJoin(serviceCatalog, eq(serviceCatalog.id, hmoTariffs.serviceId))
    .where(and(eq(hmoTariffs.providerId, providerId), eq(hmoTariffs.serviceId, serviceId)));
  return row ? toHmoTariff(row) : null;
}

/** Sets the provider's price for the service, creating the tariff or re-activating a retired one. */
export async function putHmoTariff(
  db: Db,
  providerId: string,
  serviceId: string,
  price: number,
  ctx: AuditContext,
): Promise<{ tariff: HmoTariff; created: boolean }> {
  return inTransaction(db, async (tx) => {
    await assertProvider(tx, providerId);
    const [service] = await tx
      .select({ id: serviceCatalog.id })
      .from(serviceCatalog)
      .where(eq(serviceCatalog.id, serviceId));
    if (!service) throw notFound('Catalogue entry');
    const before = await readTariff(tx, providerId, serviceId);
    // The unique (provider, service) index makes two concurrent PUTs one row, the last price winning.
    await tx
      .insert(hmoTariffs)
      .values({ providerId, serviceId, priceMinor: price, updatedBy: ctx.actorId })
      .onConflictDoUpdate({
        target: [hmoTariffs.providerId, hmoTariffs.serviceId],
        set: { priceMinor: price, active: true, updatedBy: ctx.actorId, updatedAt: new Date() },
      });
    const tariff = await readTariff(tx, providerId, serviceId);
    if (!tariff) throw notFound('HMO tariff');
    await recordAudit(tx, ctx, {
      action: 'hmo.tariff.set',
      entityType: 'hmo_tariff',
      entityId: tariff.id,
      metadata: {
        providerId,
        serviceCode: tariff.serviceCode,
        newPrice: price,
        ...(before ? { oldPrice: before.price, wasActive: before.active } : {}),
      },
    });
    return { tariff, created: before === null };
  });
}

export async function patchHmoTariff(
  db: Db,
  providerId: string,
  serviceId: string,
  patch: TariffPatch,
  ctx: AuditContext,
): Promise<HmoTariff> {
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .select()
      .from(hmoTariffs)
      .where(and(eq(hmoTariffs.providerId, providerId), eq(hmoTariffs.serviceId, serviceId)))
      .for('update');
    if (!row) throw notFound('HMO tariff');
    const changes = {
      ...(patch.price !== undefined && patch.price !== row.priceMinor ? { priceMinor: patch.price } : {}),
      ...(patch.active !== undefined && patch.active !== row.active ? { active: patch.active } : {}),
    };
    if (Object.keys(changes).length > 0) {
      await tx
        .update(hmoTariffs)
        .set({ ...changes, updatedBy: ctx.actorId, updatedAt: new Date() })
        .where(eq(hmoTariffs.id, row.id));
      await recordAudit(tx, ctx, {
        action: 'hmo.tariff.update',
        entityType: 'hmo_tariff',
        entityId: row.id,
        metadata: {
          providerId,
          serviceId,
          ...('priceMinor' in changes ? { oldPrice: row.priceMinor, newPrice: changes.priceMinor } : {}),
          ...('active' in changes ? { active: changes.active } : {}),
        },
      });
    }
    const tariff = await readTariff(tx, providerId, serviceId);
    if (!tariff) throw notFound('HMO tariff');
    return tariff;
  });
}
