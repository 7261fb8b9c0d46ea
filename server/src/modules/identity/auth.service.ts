import type { LoginBody, Me, Role } from '@modern-emr/domain';
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { signAccessToken } from './access-tokens';
import { accountLocked, invalidCredentials } from './errors';
import type { Identity } from './identity';
import { mfaRecoveryCodes, users } from './identity.schema';
import { clearLoginFailures, lockedUntil, lockoutSubject, recordLoginFailure } from './lockout.service';
import { loadMe } from './me.service';
import { recoveryCodeHash } from './mfa.service';
import { unseal } from './mfa-crypto';
import { verifyPassword } from './passwords';
import { type IssuedRefresh, startSession, type Transport } from './refresh-tokens.service';
import { acceptTotp } from './totp';

export interface SessionResult {
  accessToken: string;
  accessTokenExpiresIn: number;
  refresh: IssuedRefresh;
  transport: Transport;
  user: Me;
}

/** Signs the access token for a session just started or rotated, inside its transaction. */
export async function finishSession(
  identity: Identity,
  tx: Tx,
  userId: string,
  sessionId: string,
  refresh: IssuedRefresh,
  transport: Transport,
  now: Date,
): Promise<SessionResult> {
  const [u] = await tx
    .select({ tokenVersion: users.tokenVersion, roles: users.roles })
    .from(users)
    .where(eq(users.id, userId));
  if (!u) throw new Error('session user vanished');
  const ttl = identity.config.accessTokenTtlSeconds;
  const accessToken = await signAccessToken(
    identity.keys.accessToken,
    { sub: userId, sid: sessionId, tv: u.tokenVersion, roles: u.roles as Role[] },
    now,
    ttl,
  );
  const user = await loadMe(tx, userId, identity.config.mfaRequiredRoles);
  return { accessToken, accessTokenExpiresIn: ttl, refresh, transport, user };
}

/**
 * Counts a failed attempt and audits it in its own committed transaction (the request itself
 * fails). Unknown usernames are counted like real ones, and their name is never written down.
 */
async function failAttempt(
  identity: Identity,
  subject: string,
  userId: string | null,
  reason: string,
  ctx: AuditContext,
  now: Date,
): Promise<Date | null> {
  const { config } = identity;
  return inTransaction(identity.db, async (tx) => {
    const locked = await recordLoginFailure(tx, subject, now, config.lockoutThreshold, config.lockoutSeconds);
    const target = userId ? { entityType: 'user', entityId: userId } : {};
    await recordAudit(tx, ctx, { action: 'auth.login', outcome: 'FAILURE', ...target, metadata: { reason } });
    if (locked) {
      await recordAudit(tx, ctx, {
        action: 'auth.lockout',
        outcome: 'SUCCESS',
        ...target,
        metadata: { reason: userId ? 'FAILED_ATTEMPTS' : 'UNKNOWN_USER', lockedUntil: locked.toISOString() },
      });
    }
    return locked;
  });
}

export async function login(identity: Identity, body: LoginBody, ctx: AuditContext): Promise<SessionResult> {
  const { db, keys, config } = identity;
  const now = identity.clock();
  const username = body.username.trim().toLowerCase();
  const subject = lockoutSubject(keys.lookup, username);
  const [user] = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      roles: users.roles,
      active: users.active,
      mfaEnabled: users.mfaEnabled,
      mfaSecret: users.mfaSecret,
      mfaLastStep: users.mfaLastStep,
    })
    .from(users)
    .where(eq(users.username, username));
  const target = user ? { entityType: 'user', entityId: user.id } : {};

  const until = await lockedUntil(db, subject, now);
  if (until) {
    await recordAudit(db, ctx, {
      action: 'auth.login',
      outcome: 'DENIED',
      ...target,
      metadata: { reason: user ? 'LOCKED' : 'UNKNOWN_USER_LOCKED' },
    });
    throw accountLocked(until, now);
  }

  // Always one argon2 verification, against a dummy hash when there is no such user.
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, body.password);
  if (!user || !passwordOk || !user.active) {
    const reason = !user ? 'UNKNOWN_USER' : !passwordOk ? 'BAD_PASSWORD' : 'INACTIVE';
    const locked = await failAttempt(identity, subject, user?.id ?? null, reason, ctx, now);
    throw locked ? accountLocked(locked, now) : invalidCredentials();
  }

  let method: 'NONE' | 'TOTP' | 'RECOVERY_CODE' = 'NONE';
  let step: number | null = null;
  if (user.mfaEnabled) {
    if (!body.totp && !body.recoveryCode) {
      // The first half of a two-step sign-in: not a failure, so it does not count towards lockout.
      throw new AppError('MFA_REQUIRED', 'Enter the code from your authenticator app', { mfa: 'TOTP' });
    }
    if (body.totp) {
      method = 'TOTP';
      try {
        step = acceptTotp(unseal(keys.mfaSeal, user.mfaSecret ?? ''), body.totp, now, user.mfaLastStep);
      } catch {
        // Unreadable secret (SECRET_KEY rotated): fail closed; an administrator resets MFA.
        step = null;
      }
      if (step === null) {
        const locked = await failAttempt(identity, subject, user.id, 'BAD_MFA_CODE', ctx, now);
        throw locked ? accountLocked(locked, now) : mfaCodeRefused();
      }
    } else {
      method = 'RECOVERY_CODE';
    }
  }

  const transport: Transport = body.useCookie ? 'cookie' : 'body';
  const result = await inTransaction(db, async (tx) => {
    let recoveryCodesLeft: number | undefined;
    if (method === 'RECOVERY_CODE') {
      const used = await tx
        .update(mfaRecoveryCodes)
        .set({ usedAt: now })
        .where(
          and(
            eq(mfaRecoveryCodes.userId, user.id),
            eq(mfaRecoveryCodes.codeHash, recoveryCodeHash(keys, user.id, body.recoveryCode ?? '')),
            isNull(mfaRecoveryCodes.usedAt),
          ),
        )
        .returning({ id: mfaRecoveryCodes.id });
      if (used.length === 0) return null;
      const [left] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(mfaRecoveryCodes)
        .where(and(eq(mfaRecoveryCodes.userId, user.id), isNull(mfaRecoveryCodes.usedAt)));
      recoveryCodesLeft = left?.n ?? 0;
    }
    // The step guard makes a replayed TOTP fail even when two sign-ins race on two instances.
    const stepGuard =
      step === null ? undefined : or(isNull(users.mfaLastStep), sql`${users.mfaLastStep} < ${step}`);
    const updated = await tx
      .update(users)
      .set({ lastLoginAt: now, ...(step === null ? {} : { mfaLastStep: step }) })
      .where(and(eq(users.id, user.id), stepGuard))
      .returning({ id: users.id });
    if (updated.length === 0) return null;
    await clearLoginFailures(tx, subject);
    const { sessionId, refresh } = await startSession(
      tx,
      user.id,
      transport,
      now,
      config.refreshTokenTtlSeconds,
    );
    await recordAudit(
      tx,
      { ...ctx, actorId: user.id, actorRoles: user.roles as Role[] },
      {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        metadata: {
          mfa: method,
          transport,
          ...(recoveryCodesLeft === undefined ? {} : { recoveryCodesLeft }),
        },
      },
    );
    return finishSession(identity, tx, user.id, sessionId, refresh, transport, now);
  });
  if (!result) {
    const locked = await failAttempt(
      identity,
      subject,
      user.id,
      method === 'RECOVERY_CODE' ? 'BAD_RECOVERY_CODE' : 'BAD_MFA_CODE',
      ctx,
      now,
    );
    throw locked ? accountLocked(locked, now) : mfaCodeRefused();
  }
  return result;
}

const mfaCodeRefused = () =>
  new AppError('MFA_REQUIRED', 'That code is not valid; enter a current code or a recovery code', {
    mfa: 'TOTP',
  });
