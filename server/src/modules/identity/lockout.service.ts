import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { queryRows } from '../../db/rows';
import { loginThrottle } from './identity.schema';
import { keyedHash } from './keys';

/** The lockout key for a typed username: an HMAC, so the table never stores names. */
export function lockoutSubject(lookupKey: Buffer, username: string): string {
  return keyedHash(lookupKey, `login:${username.trim().toLowerCase()}`);
}

/** When the subject is locked at `now`, until when; otherwise null. */
export async function lockedUntil(db: Db | Tx, subject: string, now: Date): Promise<Date | null> {
  const [row] = await db
    .select({ until: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(eq(loginThrottle.subject, subject));
  return row?.until && row.until > now ? row.until : null;
}

/**
 * Counts one failed attempt atomically (concurrent attempts on several instances all count).
 * An expired lock starts a fresh count. Returns the lock end when this failure locks the subject.
 */
export async function recordLoginFailure(
  db: Db | Tx,
  subject: string,
  now: Date,
  threshold: number,
  lockSeconds: number,
): Promise<Date | null> {
  const until = new Date(now.getTime() + lockSeconds * 1000);
  const [row] = await queryRows<{ failed_count: number; locked_until: Date | string | null }>(
    db,
    sql`insert into login_throttle as t (subject, failed_count, locked_until, updated_at)
        values (${subject}, 1, case when 1 >= ${threshold} then ${until}::timestamptz end, ${now})
        on conflict (subject) do update set
          failed_count = case when t.locked_until is not null and t.locked_until <= ${now} then 1
                              else t.failed_count + 1 end,
          locked_until = case
            when (case when t.locked_until is not null and t.locked_until <= ${now} then 1
                       else t.failed_count + 1 end) >= ${threshold} then ${until}::timestamptz
            else null end,
          updated_at = ${now}
        returning failed_count, locked_until`,
  );
  return row?.locked_until && row.failed_count >= threshold ? new Date(row.locked_until) : null;
}

/** A successful sign-in, or an administrator's unlock, clears the count and any lock. */
export async function clearLoginFailures(db: Db | Tx, subject: string): Promise<boolean> {
  const gone = await db
    .delete(loginThrottle)
    .where(eq(loginThrottle.subject, subject))
    .returning({ s: loginThrottle.subject });
  return gone.length > 0;
}
