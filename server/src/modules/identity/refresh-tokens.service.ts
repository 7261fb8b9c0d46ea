import { randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { authSessions, refreshTokens, users } from './identity.schema';
import { sha256 } from './keys';

export type Transport = 'cookie' | 'body';

export interface IssuedRefresh {
  token: string;
  /** Cookie sessions only: the double-submit value the web app echoes in X-CSRF-Token. */
  csrfToken: string | null;
  expiresAt: Date;
}

const randomToken = () => randomBytes(32).toString('base64url');

async function issueRefreshToken(
  tx: Tx,
  sessionId: string,
  transport: Transport,
  now: Date,
  ttlSeconds: number,
): Promise<IssuedRefresh> {
  const token = randomToken();
  const csrfToken = transport === 'cookie' ? randomToken() : null;
  const expiresAt = new Date(now.getTime() + ttlSeconds * 1000);
  await tx.insert(refreshTokens).values({
    sessionId,
    tokenHash: sha256(token),
    csrfHash: csrfToken ? sha256(csrfToken) : null,
    createdAt: now,
    expiresAt,
  });
  return { token, csrfToken, expiresAt };
}

/** A new sign-in: a session (the token family) and its first refresh token. */
export async function startSession(
  tx: Tx,
  userId: string,
  transport: Transport,
  now: Date,
  ttlSeconds: number,
): Promise<{ sessionId: string; refresh: IssuedRefresh }> {
  const [session] = await tx
    .insert(authSessions)
    .values({ userId, transport, createdAt: now })
    .returning({ id: authSessions.id });
  if (!session) throw new Error('session insert returned no row');
  return {
    sessionId: session.id,
    refresh: await issueRefreshToken(tx, session.id, transport, now, ttlSeconds),
  };
}

export type RotateOutcome =
  | { kind: 'ok'; userId: string; sessionId: string; transport: Transport; refresh: IssuedRefresh }
  /** A token already rotated was presented again: the family is now revoked. */
  | { kind: 'reuse'; userId: string; sessionId: string }
  | { kind: 'invalid'; userId?: string }
  | { kind: 'csrf' };

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * One use of a refresh token: the row is locked, so two concurrent uses of one token cannot both
 * succeed; the second sees it used and is treated as reuse. Runs in the caller's transaction so
 * the revocation and its audit row commit together even though the request then fails.
 */
export async function rotateRefreshToken(
  tx: Tx,
  presented: { token: string; fromCookie: boolean; csrfHeader: string | undefined },
  now: Date,
  ttlSeconds: number,
): Promise<RotateOutcome> {
  const [row] = await tx
    .select({
      id: refreshTokens.id,
      sessionId: refreshTokens.sessionId,
      usedAt: refreshTokens.usedAt,
      expiresAt: refreshTokens.expiresAt,
      csrfHash: refreshTokens.csrfHash,
      userId: authSessions.userId,
      transport: authSessions.transport,
      revokedAt: authSessions.revokedAt,
      active: users.active,
    })
    .from(refreshTokens)
    .innerJoin(authSessions, eq(authSessions.id, refreshTokens.sessionId))
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(eq(refreshTokens.tokenHash, sha256(presented.token)))
    .for('update', { of: refreshTokens });
  if (!row) return { kind: 'invalid' };
  if (presented.fromCookie) {
    // The cookie rides along with any request the browser makes; the header proves our page sent it.
    if (!row.csrfHash || !presented.csrfHeader || !sameHash(row.csrfHash, sha256(presented.csrfHeader)))
      return { kind: 'csrf' };
  }
  if (row.usedAt) {
    if (!row.revokedAt) await revokeSession(tx, row.sessionId, 'REFRESH_REUSE', now);
    return { kind: 'reuse', userId: row.userId, sessionId: row.sessionId };
  }
  if (row.revokedAt || row.expiresAt <= now || !row.active) return { kind: 'invalid', userId: row.userId };
  await tx.update(refreshTokens).set({ usedAt: now }).where(eq(refreshTokens.id, row.id));
  const transport = row.transport as Transport;
  return {
    kind: 'ok',
    userId: row.userId,
    sessionId: row.sessionId,
    transport,
    refresh: await issueRefreshToken(tx, row.sessionId, transport, now, ttlSeconds),
  };
}

/** The session a refresh token belongs to, if it is one of ours (for logout by body token). */
export async function sessionOfRefreshToken(
  tx: Tx,
  token: string,
): Promise<{ sessionId: string; userId: string } | null> {
  const [row] = await tx
    .select({ sessionId: authSessions.id, userId: authSessions.userId })
    .from(refreshTokens)
    .innerJoin(authSessions, eq(authSessions.id, refreshTokens.sessionId))
    .where(eq(refreshTokens.tokenHash, sha256(token)));
  return row ?? null;
}

export async function sessionTransport(tx: Tx, sessionId: string): Promise<Transport | null> {
  const [row] = await tx
    .select({ transport: authSessions.transport })
    .from(authSessions)
    .where(eq(authSessions.id, sessionId));
  return (row?.transport as Transport | undefined) ?? null;
}

export async function revokeSession(tx: Tx, sessionId: string, reason: string, now: Date): Promise<boolean> {
  const done = await tx
    .update(authSessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt)))
    .returning({ id: authSessions.id });
  return done.length > 0;
}

/** Ends every sign-in of a user (password change, deactivation, MFA reset). Returns how many. */
export async function revokeAllSessions(tx: Tx, userId: string, reason: string, now: Date): Promise<number> {
  const done = await tx
    .update(authSessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.revokedAt)))
    .returning({ id: authSessions.id });
  return done.length;
}

/** Kills every access token of the user at once (checked by the authenticator on each request). */
export async function bumpTokenVersion(tx: Tx, userId: string): Promise<void> {
  await tx
    .update(users)
    .set({ tokenVersion: sql`${users.tokenVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId));
}
