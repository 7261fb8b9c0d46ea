import { sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../../clock';
import type { RateRule } from '../../config/config';
import type { Db } from '../../db/database';
import { AppError } from '../../http/app-error';
import { rateLimitCounters } from './identity.schema';

export interface RateDecision {
  allowed: boolean;
  /** Requests left in the tightest window. */
  remaining: number;
  /** Seconds until the tightest window resets (or, when refused, until a request is allowed again). */
  resetSeconds: number;
}

let hitsSinceSweep = 0;
const SWEEP_EVERY = 200;

/**
 * Counts one request against every window of a rule, in one atomic upsert shared by all server
 * instances (fixed windows in PostgreSQL, not process memory). Every attempt counts, refused or not.
 */
export async function hitRateLimit(
  db: Db,
  name: string,
  rules: readonly RateRule[],
  client: string,
  now: Date,
): Promise<RateDecision> {
  const nowMs = now.getTime();
  const windows = rules.map((rule) => {
    const size = rule.windowSeconds * 1000;
    const start = Math.floor(nowMs / size) * size;
    return { rule, start, end: start + size, bucket: `${name}:${rule.windowSeconds}:${client}` };
  });
  const rows = await db
    .insert(rateLimitCounters)
    .values(
      windows.map((w) => ({
        bucket: w.bucket,
        windowStart: new Date(w.start),
        hits: 1,
        expiresAt: new Date(w.end),
      })),
    )
    .onConflictDoUpdate({
      target: [rateLimitCounters.bucket, rateLimitCounters.windowStart],
      set: { hits: sql`${rateLimitCounters.hits} + 1` },
    })
    .returning({ bucket: rateLimitCounters.bucket, hits: rateLimitCounters.hits });
  if (++hitsSinceSweep >= SWEEP_EVERY) {
    hitsSinceSweep = 0;
    await db.delete(rateLimitCounters).where(sql`${rateLimitCounters.expiresAt} < ${now}`);
  }
  let decision: RateDecision = { allowed: true, remaining: Number.MAX_SAFE_INTEGER, resetSeconds: 0 };
  let retryAfter = 0;
  for (const w of windows) {
    const hits = rows.find((r) => r.bucket === w.bucket)?.hits ?? 1;
    const left = Math.max(0, w.rule.limit - hits);
    const reset = Math.max(1, Math.ceil((w.end - nowMs) / 1000));
    if (hits > w.rule.limit) retryAfter = Math.max(retryAfter, reset);
    if (left < decision.remaining || (left === decision.remaining && reset > decision.resetSeconds))
      decision = { allowed: true, remaining: left, resetSeconds: reset };
  }
  return retryAfter > 0 ? { allowed: false, remaining: 0, resetSeconds: retryAfter } : decision;
}

/**
 * Applies a rule to a request: 429 with Retry-After when over, RateLimit-* headers otherwise.
 * Counted per client address unless another key (an account) is given.
 */
export async function enforceRateLimit(
  deps: { db: Db; clock: Clock },
  name: string,
  rules: readonly RateRule[],
  request: FastifyRequest,
  reply: FastifyReply,
  key: string = request.ip,
): Promise<void> {
  const d = await hitRateLimit(deps.db, name, rules, key, deps.clock());
  if (!d.allowed) {
    throw new AppError(
      'RATE_LIMITED',
      'Too many attempts; try again later',
      { retryAfterSeconds: d.resetSeconds },
      { 'retry-after': String(d.resetSeconds) },
    );
  }
  reply.header('ratelimit-remaining', String(d.remaining));
  reply.header('ratelimit-reset', String(d.resetSeconds));
}
