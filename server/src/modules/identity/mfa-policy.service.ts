import type { Role } from '@modern-emr/domain';
import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { securityPolicy } from './identity.schema';

/** A PostgreSQL array literal of role names (they are fixed identifiers, so no quoting is needed). */
export function roleArrayLiteral(roles: readonly Role[]): string {
  return `{${roles.join(',')}}`;
}

/** The SQL for "the roles that must use MFA": the saved policy, else the configured default. */
export function mfaRequiredRolesSql(defaultRoles: readonly Role[]) {
  return sql`coalesce((select p.mfa_required_roles from security_policy p where p.id = 1), ${roleArrayLiteral(defaultRoles)}::text[])`;
}

export async function getMfaRequiredRoles(db: Db | Tx, defaultRoles: readonly Role[]): Promise<Role[]> {
  const [row] = await db
    .select({ roles: securityPolicy.mfaRequiredRoles })
    .from(securityPolicy)
    .where(eq(securityPolicy.id, 1));
  return row ? (row.roles as Role[]) : [...defaultRoles];
}

export async function setMfaRequiredRoles(
  db: Db,
  roles: Role[],
  defaultRoles: readonly Role[],
  ctx: AuditContext,
): Promise<Role[]> {
  return inTransaction(db, async (tx) => {
    const before = await getMfaRequiredRoles(tx, defaultRoles);
    await tx
      .insert(securityPolicy)
      .values({ id: 1, mfaRequiredRoles: roles, updatedBy: ctx.actorId })
      .onConflictDoUpdate({
        target: securityPolicy.id,
        set: { mfaRequiredRoles: roles, updatedBy: ctx.actorId, updatedAt: new Date() },
      });
    await recordAudit(tx, ctx, {
      action: 'security.mfa_policy.update',
      entityType: 'security_policy',
      entityId: '1',
      metadata: { before, after: roles },
    });
    return roles;
  });
}
