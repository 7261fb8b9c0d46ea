import type { Role } from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import type { Clock } from '../../clock';
import type { Config } from '../../config/config';
import type { Db } from '../../db/database';
import { queryRows } from '../../db/rows';
import type { Authenticator } from '../../http/access';
import { verifyAccessToken } from './access-tokens';
import type { IdentityKeys } from './keys';
import { mfaRequiredRolesSql } from './mfa-policy.service';

interface PrincipalRow extends Record<string, unknown> {
  roles: Role[];
  active: boolean;
  token_version: number;
  must_change_password: boolean;
  mfa_enabled: boolean;
  session_user: string;
  session_revoked: boolean;
  mfa_required: boolean;
}

/**
 * Bearer JWT → Principal. The signature and expiry are checked without the database; then one
 * round trip of primary-key lookups (user, session, policy row) makes deactivation, role changes,
 * logout and MFA policy take effect on the very next request instead of at token expiry.
 * Roles come from the database row, not the token, for the same reason.
 */
export function createJwtAuthenticator(deps: {
  db: Db;
  config: Config;
  keys: IdentityKeys;
  clock: Clock;
}): Authenticator {
  return async (request) => {
    const header = request.headers.authorization;
    if (typeof header !== 'string') return null;
    const match = /^Bearer ([A-Za-z0-9_.-]{20,4096})$/.exec(header);
    if (!match?.[1]) return null;
    const claims = await verifyAccessToken(deps.keys.accessToken, match[1], deps.clock());
    if (!claims) return null;
    const [row] = await queryRows<PrincipalRow>(
      deps.db,
      sql`select u.roles, u.active, u.token_version, u.must_change_password, u.mfa_enabled,
            s.user_id as session_user, (s.revoked_at is not null) as session_revoked,
            (${mfaRequiredRolesSql(deps.config.mfaRequiredRoles)} && u.roles) as mfa_required
          from users u join auth_sessions s on s.id = ${claims.sid}
          where u.id = ${claims.sub}`,
    );
    if (!row?.active || row.session_revoked || row.session_user !== claims.sub) return null;
    if (row.token_version !== claims.tv) return null;
    return {
      userId: claims.sub,
      roles: row.roles,
      sessionId: claims.sid,
      mustChangePassword: row.must_change_password,
      mfaEnrolmentRequired: row.mfa_required && !row.mfa_enabled,
    };
  };
}
