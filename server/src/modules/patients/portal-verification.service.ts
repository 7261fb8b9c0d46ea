import type { Page, PageQuery, PendingRegistration } from '@modern-emr/domain';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { conflict, notFound } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { users } from '../identity';
import { patients } from './patients.schema';

const pending = and(isNotNull(patients.userId), eq(patients.portalVerified, false));

/** Self-registrations waiting for a receptionist, oldest first so none is forgotten. */
export async function listPendingRegistrations(db: Db, page: PageQuery): Promise<Page<PendingRegistration>> {
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: patients.id,
        firstName: patients.firstName,
        lastName: patients.lastName,
        phone: patients.phone,
        email: patients.email,
        dateOfBirth: patients.dateOfBirth,
        username: users.username,
        createdAt: patients.createdAt,
      })
      .from(patients)
      .innerJoin(users, eq(users.id, patients.userId))
      .where(pending)
      .orderBy(patients.createdAt, desc(patients.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(patients).where(pending),
  ]);
  return {
    items: rows.map(({ createdAt, ...r }) => ({ ...r, registeredAt: createdAt.toISOString() })),
    total: count?.n ?? 0,
    ...page,
  };
}

// spec: ROLE-2
/** Opens the portal for a self-registered patient, after the receptionist has checked who they are. */
export async function verifyPortalRegistration(
  db: Db,
  patientId: string,
  ctx: AuditContext,
): Promise<{ id: string; portalVerified: true; verifiedAt: string }> {
  return inTransaction(db, async (tx) => {
    const [p] = await tx
      .select({ id: patients.id, userId: patients.userId, verified: patients.portalVerified })
      .from(patients)
      .where(eq(patients.id, patientId))
      .for('update');
    if (!p) throw notFound('Patient');
    if (!p.userId) throw conflict('This patient has no portal account to verify');
    if (p.verified) throw conflict('This registration is already verified');
    const now = new Date();
    await tx
      .update(patients)
      .set({ portalVerified: true, portalVerifiedAt: now, portalVerifiedBy: ctx.actorId, updatedAt: now })
      .where(eq(patients.id, patientId));
    await recordAudit(tx, ctx, {
      action: 'patient.portal.verify',
      entityType: 'patient',
      entityId: patientId,
      patientId,
    });
    return { id: patientId, portalVerified: true as const, verifiedAt: now.toISOString() };
  });
}
