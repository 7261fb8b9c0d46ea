import { PASSWORD_MESSAGES } from '@modern-emr/domain';
import { eq, sql } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction';
import type { Principal } from '../../http/access';
import { AppError } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { finishSession, type SessionResult } from './auth.service';
import { invalidField } from './errors';
import type { Identity } from './identity';
import { users } from './identity.schema';
import { passwordProblems } from './password-policy';
import { hashPassword, verifyPassword } from './passwords';
import {
  revokeAllSessions,
  revokeSession,
  rotateRefreshToken,
  sessionOfRefreshToken,
  sessionTransport,
  startSession,
} from './refresh-tokens.service';

const sessionEnded = () => new AppError('NOT_AUTHENTICATED', 'Your session has ended; sign in again');

/**
 * Rotation: the presented token dies and a new one is issued. A token presented twice means two
 * parties hold it; the whole family is revoked and the event audited (committed even though the
 * request then fails with 401).
 */
export async function refreshSession(
  identity: Identity,
  presented: { token: string; fromCookie: boolean; csrfHeader: string | undefined },
  ctx: AuditContext,
): Promise<SessionResult> {
  const now = identity.clock();
  const outcome = await inTransaction(identity.db, async (tx) => {
    const r = await rotateRefreshToken(tx, presented, now, identity.config.refreshTokenTtlSeconds);
    if (r.kind === 'reuse') {
      await recordAudit(tx, ctx, {
        action: 'auth.refresh.reuse',
        outcome: 'DENIED',
        entityType: 'user',
        entityId: r.userId,
        metadata: { sessionId: r.sessionId, familyRevoked: true },
      });
      return r;
    }
    if (r.kind !== 'ok') return r;
    return {
      kind: 'ok' as const,
      session: await finishSession(identity, tx, r.userId, r.sessionId, r.refresh, r.transport, now),
    };
  });
  if (outcome.kind === 'ok') return outcome.session;
  if (outcome.kind === 'csrf') throw new AppError('CSRF_REJECTED', 'The request is missing its CSRF token');
  throw sessionEnded();
}

/** Ends the caller's session (and the one a presented refresh token belongs to, if it is theirs). */
export async function logout(
  identity: Identity,
  principal: Principal,
  refreshToken: string | undefined,
  ctx: AuditContext,
): Promise<void> {
  const now = identity.clock();
  await inTransaction(identity.db, async (tx) => {
    const ended: string[] = [];
    if (principal.sessionId && (await revokeSession(tx, principal.sessionId, 'LOGOUT', now)))
      ended.push(principal.sessionId);
    if (refreshToken) {
      const s = await sessionOfRefreshToken(tx, refreshToken);
      if (s && s.userId === principal.userId && (await revokeSession(tx, s.sessionId, 'LOGOUT', now)))
        ended.push(s.sessionId);
    }
    await recordAudit(tx, ctx, {
      action: 'auth.logout',
      entityType: 'user',
      entityId: principal.userId,
      metadata: { sessionsEnded: ended.length },
    });
  });
}

/**
 * Changes the caller's own password. Every refresh token and access token of theirs dies
 * (token version bump); the response carries a fresh session so this device stays signed in.
 */
export async function changePassword(
  identity: Identity,
  principal: Principal,
  body: { currentPassword: string; newPassword: string },
  ctx: AuditContext,
): Promise<SessionResult> {
  const now = identity.clock();
  const [u] = await identity.db
    .select({ username: users.username, fullName: users.fullName, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, principal.userId));
  if (!u) throw sessionEnded();
  if (!(await verifyPassword(u.passwordHash, body.currentPassword))) {
    await recordAudit(identity.db, ctx, {
      action: 'auth.password.change',
      outcome: 'FAILURE',
      entityType: 'user',
      entityId: principal.userId,
      metadata: { reason: 'BAD_CURRENT_PASSWORD' },
    });
    throw invalidField('body.currentPassword', ['is not your current password']);
  }
  const problems = await passwordProblems(body.newPassword, u.username, u.fullName.split(/\s+/));
  if (body.newPassword === body.currentPassword) problems.push(PASSWORD_MESSAGES.sameAsCurrent);
  if (problems.length > 0) throw invalidField('body.newPassword', problems);
  const passwordHash = await hashPassword(body.newPassword);
  return inTransaction(identity.db, async (tx) => {
    const transport = (principal.sessionId && (await sessionTransport(tx, principal.sessionId))) || 'body';
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: now,
        tokenVersion: sql`${users.tokenVersion} + 1`,
        updatedAt: now,
      })
      .where(eq(users.id, principal.userId));
    const revoked = await revokeAllSessions(tx, principal.userId, 'PASSWORD_CHANGED', now);
    const { sessionId, refresh } = await startSession(
      tx,
      principal.userId,
      transport,
      now,
      identity.config.refreshTokenTtlSeconds,
    );
    await recordAudit(tx, ctx, {
      action: 'auth.password.change',
      entityType: 'user',
      entityId: principal.userId,
      metadata: { sessionsRevoked: revoked },
    });
    return finishSession(identity, tx, principal.userId, sessionId, refresh, transport, now);
  });
}
