import type { Db, Tx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { type AuditContext, recordAudit } from '../audit';
import { accountLocked } from './errors';
import type { Identity } from './identity';
import { lockAfterFailure } from './lockout.service';

// How a failed or refused sign-in is settled: counted against the lockout, audited, answered.

/** Whether this sign-in ended as a failed guess (it counts against the address's failure limit). */
export interface Outcome {
  failed: boolean;
}

/**
 * Settles a failed, already counted attempt and audits it in its own committed transaction (the
 * request itself fails). Unknown usernames are counted like real ones, and their name is never
 * written down. Returns the lock's end when the subject is locked after this failure.
 */
export async function failAttempt(
  identity: Identity,
  subject: string,
  attempt: number,
  userId: string | null,
  reason: string,
  ctx: AuditContext,
  now: Date,
  outcome: Outcome,
): Promise<Date | null> {
  outcome.failed = true;
  return inTransaction(identity.db, async (tx) => {
    const locked = await lockAfterFailure(tx, subject, attempt, now, lockoutRule(identity));
    await recordAudit(tx, ctx, {
      action: 'auth.login',
      outcome: 'FAILURE',
      ...target(userId),
      metadata: { reason },
    });
    if (locked?.lockedNow) await auditLockout(tx, ctx, userId, locked.until);
    return locked?.until ?? null;
  });
}

export const lockoutRule = ({ config }: Identity) => ({
  threshold: config.lockoutThreshold,
  lockSeconds: config.lockoutSeconds,
});

const target = (userId: string | null) => (userId ? { entityType: 'user', entityId: userId } : {});

async function auditLockout(
  db: Db | Tx,
  ctx: AuditContext,
  userId: string | null,
  until: Date,
): Promise<void> {
  await recordAudit(db, ctx, {
    action: 'auth.lockout',
    outcome: 'SUCCESS',
    ...target(userId),
    metadata: { reason: userId ? 'FAILED_ATTEMPTS' : 'UNKNOWN_USER', lockedUntil: until.toISOString() },
  });
}

/** A refusal because the subject is locked: audited, no password checked. */
export async function refuseLocked(
  identity: Identity,
  ctx: AuditContext,
  userId: string | null,
  claim: { until: Date; lockedNow: boolean },
  now: Date,
  outcome: Outcome,
): Promise<never> {
  outcome.failed = true;
  await inTransaction(identity.db, async (tx) => {
    if (claim.lockedNow) await auditLockout(tx, ctx, userId, claim.until);
    await recordAudit(tx, ctx, {
      action: 'auth.login',
      outcome: 'DENIED',
      ...target(userId),
      metadata: { reason: userId ? 'LOCKED' : 'UNKNOWN_USER_LOCKED' },
    });
  });
  throw accountLocked(claim.until, now);
}
