import type { Me, Role } from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { queryRows } from '../../db/rows';
import { getSettings } from '../settings';
import { mfaRequiredRolesSql } from './mfa-policy.service';

interface MeRow extends Record<string, unknown> {
  id: string;
  username: string;
  full_name: string;
  roles: Role[];
  must_change_password: boolean;
  mfa_enabled: boolean;
  mfa_required: boolean;
  patient_id: string | null;
  portal_verified: boolean | null;
}

/**
 * The signed-in user as the web app needs it: who, which roles, what they must do first, and how
 * the clinic writes dates, times and amounts (its time zone, locale and currency).
 */
export async function loadMe(db: Db | Tx, userId: string, defaultMfaRoles: readonly Role[]): Promise<Me> {
  const [row] = await queryRows<MeRow>(
    db,
    sql`select u.id, u.username, u.full_name, u.roles, u.must_change_password, u.mfa_enabled,
          (${mfaRequiredRolesSql(defaultMfaRoles)} && u.roles) as mfa_required,
          p.id as patient_id, p.portal_verified
        from users u left join patients p on p.user_id = u.id
        where u.id = ${userId}`,
  );
  if (!row) throw new Error('signed-in user has no row');
  const { timeZone, locale, currency } = await getSettings(db);
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    roles: row.roles,
    mustChangePassword: row.must_change_password,
    mfaEnabled: row.mfa_enabled,
    mfaEnrolmentRequired: row.mfa_required && !row.mfa_enabled,
    patientId: row.patient_id,
    portalVerified: row.patient_id ? Boolean(row.portal_verified) : null,
    // spec: WEB-FMT-1
    clinic: { timeZone, locale, currency },
  };
}
