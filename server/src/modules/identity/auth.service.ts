import type { LoginBody, Me, Role } from '@modern-emr/domain';
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { signAccessToken } from './access-tokens';
import { accountLocked, invalidCredentials } from './errors';
import { claimFailureSlot } from './failure-limit.service';
import type { Identity } from './identity';
import { mfaRecoveryCodes, users } from './identity.schema';
import {
  claimLoginAttempt,
  clearLoginFailures,
  lockedAtSuccess,
  lockoutSubject,
  releaseLoginAttempt,
} from './lockout.service';
import { failAttempt, lockoutRule, type Outcome, refuseLocked } from './login-failures';
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
 * Signing in. Two limits apply before any password is checked: the address's failed sign-ins
 * (spec: AUTH-RATE-2) and the account's lockout, whose count is taken first (spec: AUTH-LOCK-2).
 */
export async function login(identity: Identity, body: LoginBody, ctx: AuditContext): Promise<SessionResult> {
  const { config } = identity;
  const slot = await claimFailureSlot(
    identity,
    'login-failures',
    config.rateLimits.loginFailures,
    ctx.ip ?? '',
  );
  const outcome: Outcome = { failed: false };
  try {
    return await signIn(identity, body, ctx, outcome);
  } finally {
    await slot.end(outcome.failed);
  }
}

async function signIn(
  identity: Identity,
  body: LoginBody,
  ctx: AuditContext,
  outcome: Outcome,
): Promise<SessionResult> {
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

  const claim = await claimLoginAttempt(db, subject, now, lockoutRule(identity));
  if (claim.kind === 'locked') return refuseLocked(identity, ctx, user?.id ?? null, claim, now, outcome);
  const fail = async (reason: string, userId: string | null) =>
    failAttempt(identity, subject, claim.attempt, userId, reason, ctx, now, outcome);

  // Always one argon2 verification, against a dummy hash when there is no such user.
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, body.password);
  if (!user || !passwordOk || !user.active) {
    const reason = !user ? 'UNKNOWN_USER' : !passwordOk ? 'BAD_PASSWORD' : 'INACTIVE';
    const locked = await fail(reason, user?.id ?? null);
    throw locked ? accountLocked(locked, now) : invalidCredentials();
  }

  let method: 'NONE' | 'TOTP' | 'RECOVERY_CODE' = 'NONE';
  let step: number | null = null;
  if (user.mfaEnabled) {
    if (!body.totp && !body.recoveryCode) {
      // The first half of a two-step sign-in: not a failure, so it does not count towards lockout.
      await releaseLoginAttempt(db, subject, now);
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
        const locked = await fail('BAD_MFA_CODE', user.id);
        throw locked ? accountLocked(locked, now) : mfaCodeRefused();
      }
    } else {
      method = 'RECOVERY_CODE';
    }
  }

  const transport: Transport = body.useCookie ? 'cookie' : 'body';
  const result = await inTransaction(db, async (tx): Promise<SessionResult | 'bad-code' | Date> => {
    // Attempts sent alongside this one may have locked the account while its password was checked.
    const lockedMeanwhile = await lockedAtSuccess(tx, subject, now);
    if (lockedMeanwhile) return lockedMeanwhile;
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
      if (used.length === 0) return 'bad-code';
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
    if (updated.length === 0) return 'bad-code';
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
  if (result instanceof Date) {
    return refuseLocked(identity, ctx, user.id, { until: result, lockedNow: false }, now, outcome);
  }
  if (result === 'bad-code') {
    const locked = await fail(method === 'RECOVERY_CODE' ? 'BAD_RECOVERY_CODE' : 'BAD_MFA_CODE', user.id);
    throw locked ? accountLocked(locked, now) : mfaCodeRefused();
  }
  return result;
}

const mfaCodeRefused = () =>
  new AppError('MFA_REQUIRED', 'That code is not valid; enter a current code or a recovery code', {
    mfa: 'TOTP',
  });
