import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { loginThrottle } from './identity.schema';
import { keyedHash } from './keys';

/** The lockout key for a typed username: an HMAC, so the table never stores names. */
export function lockoutSubject(lookupKey: Buffer, username: string): string {
  return keyedHash(lookupKey, `login:${username.trim().toLowerCase()}`);
}

export interface LockoutRule {
  threshold: number;
  lockSeconds: number;
}

/** Refused: the subject is locked until `until` (`lockedNow`: by this very claim). */
export type LoginClaim =
  | { kind: 'locked'; until: Date; lockedNow: boolean }
  | { kind: 'counted'; attempt: number };

/**
 * Counts a sign-in attempt *before* its password is checked (spec: AUTH-LOCK-2), on the subject's
 * row locked FOR UPDATE for the few statements this takes (never during the password check).
 * Attempts sent at once are therefore numbered one by one, on any number of instances: the first
 * `threshold` are checked; any beyond them locks the subject and is refused unchecked, so at most
 * `threshold` passwords are ever checked per lock period. An expired lock starts a fresh count.
 */
export async function claimLoginAttempt(
  db: Db,
  subject: string,
  now: Date,
  rule: LockoutRule,
): Promise<LoginClaim> {
  return inTransaction(db, async (tx) => {
    await tx
      .insert(loginThrottle)
      .values({ subject, failedCount: 0, lockedUntil: null, updatedAt: now })
      .onConflictDoNothing({ target: loginThrottle.subject });
    const [row] = await tx
      .select({ count: loginThrottle.failedCount, until: loginThrottle.lockedUntil })
      .from(loginThrottle)
      .where(eq(loginThrottle.subject, subject))
      .for('update');
    if (row?.until && row.until > now) return { kind: 'locked', until: row.until, lockedNow: false };
    const attempt = (row?.until ? 0 : (row?.count ?? 0)) + 1;
    const until = attempt > rule.threshold ? new Date(now.getTime() + rule.lockSeconds * 1000) : null;
    await tx
      .update(loginThrottle)
      .set({ failedCount: attempt, lockedUntil: until, updatedAt: now })
      .where(eq(loginThrottle.subject, subject));
    return until ? { kind: 'locked', until, lockedNow: true } : { kind: 'counted', attempt };
  });
}

// spec: AUTH-LOCK-1
/**
 * A counted attempt failed. The threshold-th failure locks the subject (the person sees 423 at once);
 * returns the lock's end when the subject is locked after this failure, and whether this call locked it.
 */
export async function lockAfterFailure(
  db: Db | Tx,
  subject: string,
  attempt: number,
  now: Date,
  rule: LockoutRule,
): Promise<{ until: Date; lockedNow: boolean } | null> {
  if (attempt < rule.threshold) return null;
  const until = new Date(now.getTime() + rule.lockSeconds * 1000);
  const set = await db
    .update(loginThrottle)
    .set({ lockedUntil: until, updatedAt: now })
    .where(
      and(
        eq(loginThrottle.subject, subject),
        or(isNull(loginThrottle.lockedUntil), lte(loginThrottle.lockedUntil, now)),
      ),
    )
    .returning({ until: loginThrottle.lockedUntil });
  if (set[0]?.until) return { until: set[0].until, lockedNow: true };
  const already = await lockedUntil(db, subject, now);
  return already ? { until: already, lockedNow: false } : null;
}

/**
 * An attempt that proved the password but is not finished (the first step of an MFA sign-in) is not
 * a failure: it gives its count back.
 */
export async function releaseLoginAttempt(db: Db | Tx, subject: string, now: Date): Promise<void> {
  await db
    .update(loginThrottle)
    .set({ failedCount: sql`greatest(${loginThrottle.failedCount} - 1, 0)`, updatedAt: now })
    .where(
      and(
        eq(loginThrottle.subject, subject),
        or(isNull(loginThrottle.lockedUntil), lte(loginThrottle.lockedUntil, now)),
      ),
    );
}

/** When the subject is locked at `now`, until when; otherwise null. */
export async function lockedUntil(db: Db | Tx, subject: string, now: Date): Promise<Date | null> {
  const [row] = await db
    .select({ until: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(and(eq(loginThrottle.subject, subject), gt(loginThrottle.lockedUntil, now)));
  return row?.until ?? null;
}

/**
 * Locks the row of a sign-in about to succeed: null when it may go ahead, or the lock's end when
 * attempts sent alongside it locked the subject while its password was being checked (the right
 * password is refused while locked, however it got there).
 */
export async function lockedAtSuccess(tx: Tx, subject: string, now: Date): Promise<Date | null> {
  const [row] = await tx
    .select({ until: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(eq(loginThrottle.subject, subject))
    .for('update');
  return row?.until && row.until > now ? row.until : null;
}

/** A successful sign-in, or an administrator's unlock, clears the count and any lock. */
export async function clearLoginFailures(db: Db | Tx, subject: string): Promise<boolean> {
  const gone = await db
    .delete(loginThrottle)
    .where(eq(loginThrottle.subject, subject))
    .returning({ s: loginThrottle.subject });
  return gone.length > 0;
}
