import {
  type HmoProvider,
  type HmoProviderCreate,
  type HmoProviderListQuery,
  type HmoProviderPatch,
  type Page,
  pageOffset,
} from '@modern-emr/domain';
import { and, asc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { containsPattern } from '../../db/like-pattern';
import { inTransaction } from '../../db/transaction';
import { AppError, notFound } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { hmoProviders } from './hmo.schema';

/*
 * No delete on purpose: visits, enrolments and claims point at providers forever, so a provider
 * the clinic stops working with is PATCHed to `active: false`.
 */

type ProviderRow = typeof hmoProviders.$inferSelect;

export function toHmoProvider(row: ProviderRow): HmoProvider {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    contactName: row.contactName,
    phone: row.phone,
    email: row.email,
    address: row.address,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

// A clinic bills a few dozen HMOs: a scan with ILIKE is cheaper than another index to maintain.
export async function listHmoProviders(db: Db, query: HmoProviderListQuery): Promise<Page<HmoProvider>> {
  const conditions: SQL[] = [];
  if (query.q) {
    const match = or(
      ilike(hmoProviders.code, containsPattern(query.q)),
      ilike(hmoProviders.name, containsPattern(query.q)),
    );
    if (match) conditions.push(match);
  }
  if (query.active !== 'all') conditions.push(eq(hmoProviders.active, query.active === 'true'));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(hmoProviders)
      .where(where)
      .orderBy(asc(hmoProviders.name), asc(hmoProviders.code))
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    db.select({ n: sql<number>`count(*)::int` }).from(hmoProviders).where(where),
  ]);
  return { items: rows.map(toHmoProvider), total: count?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function getHmoProvider(db: Db | Tx, id: string): Promise<HmoProvider> {
  const [row] = await db.select().from(hmoProviders).where(eq(hmoProviders.id, id));
  if (!row) throw notFound('HMO provider');
  return toHmoProvider(row);
}

export async function createHmoProvider(
  db: Db,
  input: HmoProviderCreate,
  ctx: AuditContext,
): Promise<HmoProvider> {
  return inTransaction(db, async (tx) => {
    // ON CONFLICT rather than a look-up first: two admins adding the same code at once both get a clean 409.
    const [row] = await tx
      .insert(hmoProviders)
      .values({
        code: input.code,
        name: input.name,
        contactName: input.contactName ?? null,
        phone: input.phone ?? null,
        email: input.email ?? null,
        address: input.address ?? null,
      })
      .onConflictDoNothing({ target: hmoProviders.code })
      .returning();
    if (!row) {
      const [existing] = await tx
        .select({ id: hmoProviders.id })
        .from(hmoProviders)
        .where(eq(hmoProviders.code, input.code));
      throw new AppError('DUPLICATE', `An HMO provider with code ${input.code} already exists`, {
        field: 'code',
        existingId: existing?.id,
      });
    }
    await recordAudit(tx, ctx, {
      action: 'hmo.provider.create',
      entityType: 'hmo_provider',
      entityId: row.id,
      metadata: { code: row.code },
    });
    return toHmoProvider(row);
  });
}

const EDITABLE = ['name', 'contactName', 'phone', 'email', 'address', 'active'] as const;

export async function updateHmoProvider(
  db: Db,
  id: string,
  patch: HmoProviderPatch,
  ctx: AuditContext,
): Promise<HmoProvider> {
  return inTransaction(db, async (tx) => {
    const [row] = await tx.select().from(hmoProviders).where(eq(hmoProviders.id, id)).for('update');
    if (!row) throw notFound('HMO provider');
    // Claims and enrolment cards quote the code; a new code is a new provider.
    if (patch.code !== undefined && patch.code !== row.code) {
      throw new AppError('CONFLICT', 'The code of an HMO provider cannot be changed', {
        field: 'code',
        code: row.code,
      });
    }
    const fields = EDITABLE.filter((f) => patch[f] !== undefined && patch[f] !== row[f]);
    if (fields.length === 0) return toHmoProvider(row);
    const changes = Object.fromEntries(fields.map((f) => [f, patch[f]]));
    const [updated] = await tx
      .update(hmoProviders)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(hmoProviders.id, id))
      .returning();
    if (!updated) throw notFound('HMO provider');
    await recordAudit(tx, ctx, {
      action: 'hmo.provider.update',
      entityType: 'hmo_provider',
      entityId: id,
      metadata: { code: row.code, fields, ...(fields.includes('active') ? { active: updated.active } : {}) },
    });
    return toHmoProvider(updated);
  });
}
