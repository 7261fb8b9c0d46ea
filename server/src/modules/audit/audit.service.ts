import { and, asc, desc, eq, gt, gte, like, lt, type SQL, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../../db/database';
import { escapeLike } from '../../db/like-pattern';
import { queryRows } from '../../db/rows';
import { inTransaction } from '../../db/transaction';
import { auditLog } from './audit.schema';
import type { AuditContext, AuditEvent } from './audit.types';
import { chainHash, GENESIS_HASH } from './audit-hash';

/** Serialises appends so two transactions never chain onto the same previous row. */
const AUDIT_CHAIN_LOCK = 7_345_112_002;

export function auditContextOf(request: FastifyRequest): AuditContext {
  const ua = request.headers['user-agent'];
  return {
    actorId: request.principal?.userId ?? null,
    actorRoles: request.principal?.roles ?? [],
    ip: request.ip ?? null,
    userAgent: typeof ua === 'string' ? ua.slice(0, 512) : null,
    requestId: request.id ?? null,
  };
}

/** A context for writes made by the system itself (seed, CLI, jobs). */
export function systemContext(tool: string): AuditContext {
  return { actorId: null, actorRoles: [], ip: null, userAgent: tool, requestId: null };
}

/**
 * Appends one row in the caller's transaction, so the record and the change commit together.
 * The transaction-scoped lock is released at commit; the chain stays linear under concurrency.
 */
export async function recordAudit(db: Db | Tx, ctx: AuditContext, event: AuditEvent): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
    const [last] = await tx
      .select({ hash: auditLog.hash })
      .from(auditLog)
      .orderBy(desc(auditLog.id))
      .limit(1);
    const row = {
      createdAt: new Date(),
      actorId: ctx.actorId,
      actorRoles: [...ctx.actorRoles],
      action: event.action,
      entityType: event.entityType ?? null,
      entityId: event.entityId ?? null,
      patientId: event.patientId ?? null,
      visitId: event.visitId ?? null,
      outcome: event.outcome ?? 'SUCCESS',
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      requestId: ctx.requestId,
      metadata: event.metadata ?? {},
    };
    await tx.insert(auditLog).values({ ...row, hash: chainHash(last?.hash ?? GENESIS_HASH, row) });
  });
}

export interface AuditFilter {
  actorId?: string | undefined;
  patientId?: string | undefined;
  visitId?: string | undefined;
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

export async function listAudit(db: Db, filter: AuditFilter, page: { page: number; pageSize: number }) {
  const conditions: SQL[] = [];
  if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
  if (filter.patientId) conditions.push(eq(auditLog.patientId, filter.patientId));
  if (filter.visitId) conditions.push(eq(auditLog.visitId, filter.visitId));
  if (filter.action?.endsWith('*')) {
    // `auth.*` lists a whole family of actions; LIKE wildcards typed by the user are taken literally.
    const prefix = escapeLike(filter.action.slice(0, -1));
    conditions.push(like(auditLog.action, `${prefix}%`));
  } else if (filter.action) {
    conditions.push(eq(auditLog.action, filter.action));
  }
  if (filter.from) conditions.push(gte(auditLog.createdAt, filter.from));
  if (filter.to) conditions.push(lt(auditLog.createdAt, filter.to));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [items, [count]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { items, total: count?.n ?? 0, ...page };
}

export type VerifyResult = { ok: true; checked: number } | { ok: false; checked: number; firstBadId: number };

/** Walks the whole chain in id order; the first row whose hash does not follow is named. */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<VerifyResult> {
  let previous = GENESIS_HASH;
  let afterId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, afterId))
      .orderBy(asc(auditLog.id))
      .limit(batchSize);
    for (const row of rows) {
      checked++;
      const expected = chainHash(previous, row);
      if (expected !== row.hash) return { ok: false, checked, firstBadId: row.id };
      previous = row.hash;
      afterId = row.id;
    }
    if (rows.length < batchSize) return { ok: true, checked };
  }
}

/** Row count, for the CLI's summary line. */
export async function auditRowCount(db: Db): Promise<number> {
  const [r] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_log`);
  return r?.n ?? 0;
}
