import { and, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../clock';
import type { RateRule } from '../../config/config';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import { rateLimitCounters } from './identity.schema';

/** One attempt's place under a failure limit; end it exactly once, saying whether it failed. */
export interface FailureSlot {
  end(failed: boolean): Promise<void>;
}

/**
 * How long an attempt waits for places held by attempts still under way. Each place frees within one
 * password check, so a burst is served well inside this; it bounds the wait on a place left behind by
 * an instance that died mid-attempt (that place is counted as a failure until its window ends).
 */
const WAIT_LIMIT_MS = 30_000;
const WAIT_STEP_MS = 1_000;

interface Window {
  rule: RateRule;
  bucket: string;
  start: Date;
  end: Date;
}

function windowsAt(name: string, rules: readonly RateRule[], client: string, now: Date): Window[] {
  return rules.map((rule) => {
    const size = rule.windowSeconds * 1000;
    const start = Math.floor(now.getTime() / size) * size;
    return {
      rule,
      bucket: `${name}:${rule.windowSeconds}:${client}`,
      start: new Date(start),
      end: new Date(start + size),
    };
  });
}

/** Rolls the taking back: one window has no place. */
class NotTaken extends Error {
  constructor(readonly reason: 'wait' | Window) {
    super('no place');
  }
}

/**
 * Limits failures, not attempts (spec: AUTH-RATE-2): only attempts that end as failures stay counted.
 * To hold under concurrency, an attempt takes a place *before* its outcome is known (`pending`) and
 * gives it back on success, so a burst sent at once can never have more attempts checked than the
 * limit has places left. An attempt that finds every place taken only by attempts still under way
 * waits for them (a clinic's morning rush is served, just later); one that finds the failures
 * themselves at the limit is refused at once with 429 and Retry-After.
 */
export async function claimFailureSlot(
  deps: { db: Db; clock: Clock },
  name: string,
  rules: readonly RateRule[],
  client: string,
): Promise<FailureSlot> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  for (;;) {
    const now = deps.clock();
    const windows = windowsAt(name, rules, client, now);
    const taken = await tryTake(deps.db, windows);
    if (taken === 'taken') return { end: (failed) => endSlot(deps.db, windows, failed) };
    if (taken !== 'wait' || Date.now() >= deadline) {
      const until = taken === 'wait' ? new Date(now.getTime() + 1000) : taken.end;
      const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
      throw new AppError(
        'RATE_LIMITED',
        'Too many failed sign-ins from this address; try again later',
        { retryAfterSeconds: seconds },
        { 'retry-after': String(seconds) },
      );
    }
    await nextChance(WAIT_STEP_MS * (0.5 + Math.random()));
  }
}

/** This instance's attempts waiting for a place, woken one at a time as its own places free. */
const waiting: Array<() => void> = [];

/**
 * Resolves when a place of this instance frees (first come, first woken) or, for places freed on
 * another instance, after `ms` (jittered by the caller so instances do not all ask at once). Waiting
 * holds no database connection and asks nothing of the database.
 */
function nextChance(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      const i = waiting.indexOf(wake);
      if (i >= 0) waiting.splice(i, 1);
      resolve();
    }, ms);
    waiting.push(wake);
  });
}

/**
 * Takes a place in every window, or in none (the transaction rolls back when one is full). Not taken:
 * the window whose counted failures alone are at its limit, or 'wait' when places are only held by
 * attempts under way. One connection for all of it, however many attempts are waiting.
 */
async function tryTake(db: Db, windows: readonly Window[]): Promise<'taken' | 'wait' | Window> {
  try {
    await inTransaction(db, async (tx) => {
      for (const w of windows) {
        const [row] = await tx
          .insert(rateLimitCounters)
          .values({ bucket: w.bucket, windowStart: w.start, hits: 0, pending: 1, expiresAt: w.end })
          .onConflictDoUpdate({
            target: [rateLimitCounters.bucket, rateLimitCounters.windowStart],
            set: { pending: sql`${rateLimitCounters.pending} + 1` },
            setWhere: sql`${rateLimitCounters.hits} + ${rateLimitCounters.pending} < ${w.rule.limit}`,
          })
          .returning({ bucket: rateLimitCounters.bucket });
        if (row) continue;
        const [full] = await tx
          .select({ hits: rateLimitCounters.hits })
          .from(rateLimitCounters)
          .where(and(eq(rateLimitCounters.bucket, w.bucket), eq(rateLimitCounters.windowStart, w.start)));
        throw new NotTaken(full && full.hits >= w.rule.limit ? w : 'wait');
      }
    });
    return 'taken';
  } catch (err) {
    if (err instanceof NotTaken) return err.reason;
    throw err;
  }
}

/** A failure turns its place into a counted failure; anything else gives the place back (spec: AUTH-RATE-1). */
async function endSlot(db: Db, windows: readonly Window[], failed: boolean): Promise<void> {
  for (const w of windows) {
    await db
      .update(rateLimitCounters)
      .set({
        pending: sql`greatest(${rateLimitCounters.pending} - 1, 0)`,
        ...(failed ? { hits: sql`${rateLimitCounters.hits} + 1` } : {}),
      })
      .where(and(eq(rateLimitCounters.bucket, w.bucket), eq(rateLimitCounters.windowStart, w.start)));
  }
  waiting.shift()?.();
}
