import { type CatalogItemInput, type Page, pageOffset, type Role } from '@modern-emr/domain';
import { and, asc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { containsPattern } from '../../db/like-pattern';
import { inTransaction } from '../../db/transaction';
import { AppError, notFound } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { serviceCatalog } from './catalog.schema';
import type { CatalogItem, CatalogItemPatch, CatalogListQuery } from './catalog.types';

/*
 * There is deliberately no delete: charges reference catalogue entries (and snapshot their code
 * and price) forever, so a retired service is deactivated with `active: false` instead.
 */

export type CatalogRow = typeof serviceCatalog.$inferSelect;

export function toCatalogInput(row: CatalogRow): CatalogItemInput {
  return {
    code: row.code,
    name: row.name,
    department: row.department,
    workflowType: row.workflowType,
    price: row.priceMinor,
    requiresVisit: row.requiresVisit,
    requiresConsultation: row.requiresConsultation,
    autoBill: row.autoBill,
    billTiming: row.billTiming,
    // Only ever written from roleSchema-validated input.
    orderableBy: row.orderableBy as Role[],
    active: row.active,
  };
}

export function toCatalogItem(row: CatalogRow): CatalogItem {
  return {
    id: row.id,
    ...toCatalogInput(row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The columns an input sets; `price` is stored as price_minor. */
export function catalogColumns({ price, ...rest }: CatalogItemInput) {
  return { ...rest, priceMinor: price };
}

/** Department (in the enum's declared order, which follows a visit), then name; code breaks ties for stable pages. */
export const CATALOG_ORDER = [
  asc(serviceCatalog.department),
  asc(serviceCatalog.name),
  asc(serviceCatalog.code),
];

// The catalogue is hundreds of rows: a scan with ILIKE is cheaper than another index to maintain.
export async function listCatalog(db: Db, query: CatalogListQuery): Promise<Page<CatalogItem>> {
  const conditions: SQL[] = [];
  if (query.q) {
    const pattern = containsPattern(query.q);
    const match = or(ilike(serviceCatalog.code, pattern), ilike(serviceCatalog.name, pattern));
    if (match) conditions.push(match);
  }
  if (query.department) conditions.push(eq(serviceCatalog.department, query.department));
  if (query.workflowType) conditions.push(eq(serviceCatalog.workflowType, query.workflowType));
  if (query.active !== 'all') conditions.push(eq(serviceCatalog.active, query.active === 'true'));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(serviceCatalog)
      .where(where)
      .orderBy(...CATALOG_ORDER)
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    db.select({ n: sql<number>`count(*)::int` }).from(serviceCatalog).where(where),
  ]);
  return { items: rows.map(toCatalogItem), total: count?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

/** Active or not: a deactivated entry is still what old charges point at. */
export async function getCatalogItem(db: Db | Tx, id: string): Promise<CatalogItem> {
  const [row] = await db.select().from(serviceCatalog).where(eq(serviceCatalog.id, id));
  if (!row) throw notFound('Catalogue entry');
  return toCatalogItem(row);
}

// spec: CAT-1
export async function createCatalogItem(
  db: Db,
  input: CatalogItemInput,
  ctx: AuditContext,
): Promise<CatalogItem> {
  return inTransaction(db, async (tx) => {
    // ON CONFLICT rather than a look-up first: two admins adding the same code at once both get a clean 409.
    const [row] = await tx
      .insert(serviceCatalog)
      .values(catalogColumns(input))
      .onConflictDoNothing({ target: serviceCatalog.code })
      .returning();
    if (!row) {
      const [existing] = await tx
        .select({ id: serviceCatalog.id })
        .from(serviceCatalog)
        .where(eq(serviceCatalog.code, input.code));
      throw new AppError('DUPLICATE', `A catalogue entry with code ${input.code} already exists`, {
        field: 'code',
        existingId: existing?.id,
      });
    }
    await recordAudit(tx, ctx, {
      action: 'catalog.create',
      entityType: 'service_catalog',
      entityId: row.id,
      metadata: { code: row.code, price: row.priceMinor, active: row.active },
    });
    return toCatalogItem(row);
  });
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** The fields `next` sets to something other than what `current` holds. */
export function changedFields(
  current: CatalogItemInput,
  next: Partial<CatalogItemInput>,
): (keyof CatalogItemInput)[] {
  return (Object.keys(next) as (keyof CatalogItemInput)[]).filter(
    (f) => next[f] !== undefined && !sameValue(next[f], current[f]),
  );
}

// spec: REC-KEEP-1
export async function updateCatalogItem(
  db: Db,
  id: string,
  patch: CatalogItemPatch,
  ctx: AuditContext,
): Promise<CatalogItem> {
  return inTransaction(db, async (tx) => {
    const [row] = await tx.select().from(serviceCatalog).where(eq(serviceCatalog.id, id)).for('update');
    if (!row) throw notFound('Catalogue entry');
    const { code, ...changes } = patch;
    // Charges snapshot the code, and imports match on it: a new code would orphan both.
    // 409, not 400: the request is well formed, it conflicts with the entry's state.
    if (code !== undefined && code !== row.code) {
      throw new AppError(
        'CONFLICT',
        'The code of a catalogue entry cannot be changed; add a new entry instead',
        {
          field: 'code',
          code: row.code,
        },
      );
    }
    const current = toCatalogInput(row);
    const fields = changedFields(current, changes);
    if (fields.length === 0) return toCatalogItem(row);

    const next = { ...current, ...changes };
    const [updated] = await tx
      .update(serviceCatalog)
      .set({ ...catalogColumns(next), updatedAt: new Date() })
      .where(eq(serviceCatalog.id, id))
      .returning();
    if (!updated) throw notFound('Catalogue entry');
    await recordAudit(tx, ctx, {
      action: 'catalog.update',
      entityType: 'service_catalog',
      entityId: id,
      metadata: {
        code: row.code,
        fields,
        // Past charges keep the price they were raised at; the audit says when the list price moved.
        ...(fields.includes('price') ? { oldPrice: row.priceMinor, newPrice: updated.priceMinor } : {}),
        ...(fields.includes('active') ? { active: updated.active } : {}),
      },
    });
    return toCatalogItem(updated);
  });
}
