import { createHash } from 'node:crypto';
import { canonicalJson } from '@modern-emr/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import { idempotencyKeys } from './idempotency.schema';

export interface IdempotentResult<T> {
  status: number;
  body: T;
  /** True when this is the stored answer to an earlier request with the same key. */
  replayed: boolean;
}

function fingerprint(request: FastifyRequest): { scope: string; hash: string } {
  const scope = `${request.method} ${request.routeOptions.url ?? request.url}`;
  const hash = createHash('sha256')
    .update(canonicalJson({ scope, params: request.params ?? null, body: request.body ?? null }))
    .digest('hex');
  return { scope, hash };
}

// spec: MONEY-IDEM-1, MONEY-IDEM-2
/**
 * Runs a money-moving request exactly once per (caller, Idempotency-Key).
 *
 * The key row is inserted first, inside the same transaction as the work, so:
 * - a concurrent request with the same key blocks on that row until the first commits, then finds
 *   it and replays the stored answer (never a second payment);
 * - if the work fails or is refused, the key rolls back with it and a retry runs afresh: only a
 *   success is stored and replayed, a refusal moved nothing and is decided again on the state of
 *   the retry (spec: MONEY-IDEM-3);
 * - the same key with a different body (or on another endpoint) is refused with 422.
 */
export async function runIdempotent<T>(
  db: Db,
  request: FastifyRequest,
  successStatus: number,
  work: (tx: Tx) => Promise<T>,
): Promise<IdempotentResult<T>> {
  // The access layer checked the header before validation (spec: HTTP-IDEM-1); a route that runs
  // this without declaring `idempotent: true` is a programming error, not a client's.
  const key = request.idempotencyKey;
  if (key === null) {
    throw new Error(`${request.method} ${request.routeOptions.url} must declare idempotent: true`);
  }
  const userId = request.principal?.userId;
  if (!userId) throw new AppError('NOT_AUTHENTICATED', 'Sign in to continue');
  const { scope, hash } = fingerprint(request);

  return inTransaction(db, async (tx) => {
    const claimed = await tx
      .insert(idempotencyKeys)
      .values({ userId, key, scope, requestHash: hash, responseStatus: 0, responseBody: sql`'null'::jsonb` })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });

    if (claimed.length === 0) {
      const [earlier] = await tx
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
      if (!earlier) throw new Error('idempotency key vanished between insert and select');
      if (earlier.scope !== scope || earlier.requestHash !== hash) {
        throw new AppError(
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was already used for a different request; use a new key for a new payment',
        );
      }
      return { status: earlier.responseStatus, body: earlier.responseBody as T, replayed: true };
    }

    const body = await work(tx);
    // Stored as JSON, exactly as the client will see it, so a replay is byte-for-byte the same answer.
    const stored = JSON.parse(JSON.stringify(body)) as T;
    await tx
      .update(idempotencyKeys)
      .set({ responseStatus: successStatus, responseBody: stored })
      .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
    return { status: successStatus, body: stored, replayed: false };
  });
}
