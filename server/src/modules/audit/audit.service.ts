import type { AuditChainFailure } from '@modern-emr/domain';
import { and, asc, desc, eq, gt, gte, like, lt, type SQL, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../../db/database';
import { escapeLike } from '../../db/like-pattern';
import { inTransaction } from '../../db/transaction';
import { auditLog } from './audit.schema';
import type { AuditContext, AuditEvent } from './audit.types';
import { type LoadedCheckpoint, readCheckpointFiles, type SignedCheckpoint } from './audit-checkpoint-file';
import { AUDIT_HASH_VERSION, canonicalAuditRow, chainHash, GENESIS_HASH } from './audit-hash';
import { auditKeys } from './audit-keys';

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

// spec: AUDIT-1, AUDIT-2
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
    // spec: AUDIT-CHAIN-1 — the canonical row is both what is stored and what is hashed.
    const row = canonicalAuditRow({
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
    });
    const hash = chainHash(last?.hash ?? GENESIS_HASH, row, auditKeys().chain);
    await tx.insert(auditLog).values({ ...row, hashVersion: AUDIT_HASH_VERSION, hash });
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

/** Why verification failed; every reason means the log was changed outside the application. */
export type VerifyFailure = AuditChainFailure;

interface VerifyTotals {
  /** Rows whose keyed hash was checked. */
  checked: number;
  /** Rows from before the keyed chain (hash version 1), counted but not provable; see docs. */
  legacyRows: number;
  /** Checkpoint files checked against the rows. */
  checkpoints: number;
}

export type VerifyResult =
  | ({ ok: true; last: { id: number; hash: string; count: number } | null } & VerifyTotals)
  | ({ ok: false; reason: VerifyFailure; firstBadId?: number; checkpoint?: string } & VerifyTotals);

export interface VerifyOptions {
  /** Where the signed checkpoints are; each is checked against the rows. */
  checkpointDir: string;
  batchSize?: number;
}

/**
 * Walks the whole chain in id order and checks every checkpoint against it. The first row whose
 * hash does not follow is named; then a checkpoint the rows no longer match.
 */
// spec: AUDIT-CHAIN-2, AUDIT-CHAIN-3
export async function verifyAuditChain(db: Db, options: VerifyOptions): Promise<VerifyResult> {
  const keys = auditKeys();
  const batchSize = options.batchSize ?? 5000;
  const loaded = await readCheckpointFiles(options.checkpointDir, keys.checkpoint);
  const pending = checkpointsByRow(loaded);
  const totals: VerifyTotals = { checked: 0, legacyRows: 0, checkpoints: 0 };
  const fail = (
    reason: VerifyFailure,
    extra: { firstBadId?: number; checkpoint?: string },
  ): VerifyResult => ({
    ok: false,
    reason,
    ...extra,
    ...totals,
  });

  let previous = GENESIS_HASH;
  let last: { id: number; hash: string } | null = null;
  let rowsSoFar = 0;
  let afterId = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, afterId))
      .orderBy(asc(auditLog.id))
      .limit(batchSize);
    for (const row of rows) {
      rowsSoFar++;
      // Rows hashed before the keyed chain existed may only come first, and cannot be proven; the
      // first keyed row chains from the last of them, so a legacy row after it is a forgery.
      if (row.hashVersion === 1 && totals.checked === 0) {
        totals.legacyRows++;
      } else {
        totals.checked++;
        const expected = row.hashVersion === AUDIT_HASH_VERSION ? chainHash(previous, row, keys.chain) : null;
        if (expected !== row.hash) return fail('row-hash', { firstBadId: row.id });
      }
      previous = row.hash;
      for (const checkpoint of pending.get(row.id) ?? []) {
        totals.checkpoints++;
        const extra = { firstBadId: row.id, checkpoint: checkpoint.date };
        if (checkpoint.hash !== row.hash) return fail('checkpoint-hash', extra);
        if (checkpoint.count !== rowsSoFar || checkpoint.legacyRows !== totals.legacyRows) {
          return fail('checkpoint-count', extra);
        }
      }
      pending.delete(row.id);
      last = { id: row.id, hash: row.hash };
      afterId = row.id;
    }
    if (rows.length < batchSize) break;
  }

  const invalid = loaded.find((c) => !c.valid);
  if (invalid) return fail('checkpoint-invalid', { checkpoint: invalid.file });
  for (const [lastId, checkpoints] of pending) {
    const first = checkpoints[0];
    // lastId 0 is the checkpoint of an empty log: there is no row to find.
    if (first && lastId > 0) {
      return fail('checkpoint-row-missing', { firstBadId: lastId, checkpoint: first.date });
    }
    totals.checkpoints += checkpoints.length;
  }
  return { ok: true, last: last && { ...last, count: rowsSoFar }, ...totals };
}

function checkpointsByRow(loaded: LoadedCheckpoint[]): Map<number, SignedCheckpoint[]> {
  const byRow = new Map<number, SignedCheckpoint[]>();
  for (const entry of loaded) {
    if (!entry.valid) continue;
    const list = byRow.get(entry.checkpoint.lastId) ?? [];
    list.push(entry.checkpoint);
    byRow.set(entry.checkpoint.lastId, list);
  }
  return byRow;
}
