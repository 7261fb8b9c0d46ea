import type { Role } from '@modern-emr/domain';
import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../../clock';
import type { Config } from '../../config/config';
import type { Db } from '../../db/database';
import type { Authenticator } from '../../http/access';
import { verifyAccessToken } from './access-tokens';
import { authSessions, users } from './identity.schema';
import type { IdentityKeys } from './keys';
import { mfaRequiredRolesSql } from './mfa-policy.service';
import { VerifiedTokens } from './verified-tokens';

/**
 * The user, session and MFA policy behind a token: three primary-key lookups in one round trip.
 * A named prepared statement, because it runs before every authenticated request and its plan never
 * changes; parsing and planning it each time cost about as much PostgreSQL CPU as running it.
 */
function principalStatement(db: Db, config: Config) {
  return db
    .select({
      roles: users.roles,
      active: users.active,
      tokenVersion: users.tokenVersion,
      mustChangePassword: users.mustChangePassword,
      mfaEnabled: users.mfaEnabled,
      sessionUser: authSessions.userId,
      sessionRevoked: sql<boolean>`${authSessions.revokedAt} is not null`,
      mfaRequired: sql<boolean>`(${mfaRequiredRolesSql(config.mfaRequiredRoles)} && ${users.roles})`,
    })
    .from(users)
    .innerJoin(authSessions, eq(authSessions.id, sql.placeholder('sid')))
    .where(eq(users.id, sql.placeholder('sub')))
    .prepare('auth_principal');
}

/**
 * Bearer JWT → Principal. The signature is checked once per token (VerifiedTokens) and the expiry on
 * every request, both without the database; then one round trip (principalStatement) makes
 * deactivation, role changes, logout and MFA policy take effect on the very next request instead of
 * at token expiry. Roles come from the database row, not the token, for the same reason.
 */
export function createJwtAuthenticator(deps: {
  db: Db;
  config: Config;
  keys: IdentityKeys;
  clock: Clock;
}): Authenticator {
  const verified = new VerifiedTokens();
  const principal = principalStatement(deps.db, deps.config);
  return async (request) => {
    const header = request.headers.authorization;
    if (typeof header !== 'string') return null;
    const match = /^Bearer ([A-Za-z0-9_.-]{20,4096})$/.exec(header);
    if (!match?.[1]) return null;
    const token = match[1];
    const now = deps.clock();
    let known = verified.get(token, now.getTime());
    if (!known) {
      const checked = await verifyAccessToken(deps.keys.accessToken, token, now);
      if (!checked) return null;
      verified.remember(token, checked);
      known = checked;
    }
    const { claims } = known;
    const [row] = await principal.execute({ sid: claims.sid, sub: claims.sub });
    if (!row?.active || row.sessionRevoked || row.sessionUser !== claims.sub) return null;
    if (row.tokenVersion !== claims.tv) return null;
    return {
      userId: claims.sub,
      roles: row.roles as Role[],
      sessionId: claims.sid,
      mustChangePassword: row.mustChangePassword,
      mfaEnrolmentRequired: row.mfaRequired && !row.mfaEnabled,
    };
  };
}
