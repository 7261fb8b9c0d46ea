import type { RegisterBody } from '@modern-emr/domain';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { hashPassword, type Identity, invalidField, passwordProblems, users } from '../identity';
import { getSettings } from '../settings';
import { nextMrn } from './mrn.service';
import { phoneOrRefuse } from './patient-input';
import { patients } from './patients.schema';

/**
 * Patient self-registration: a PATIENT account and an unverified patient record, together.
 * The portal stays closed until a receptionist verifies the record.
 * spec: AUTH-REG-1 — a taken username gets one answer whoever holds it, after the same work (the
 * password is hashed before the name is tried), so registration never tells a staff account apart.
 */
export async function registerPortalPatient(
  identity: Identity,
  body: RegisterBody,
  ctx: AuditContext,
): Promise<{ userId: string; patientId: string }> {
  const problems = await passwordProblems(body.password, body.username, [body.firstName, body.lastName]);
  if (problems.length > 0) throw invalidField('body.password', problems);
  // Stored in E.164 like every other patient's, so the front desk's search and duplicate warnings
  // find a self-registered patient by the number they give at the desk.
  const { phoneRegion } = await getSettings(identity.db);
  const phone = phoneOrRefuse(body.phone, phoneRegion, 'body.phone');
  const passwordHash = await hashPassword(body.password);
  return inTransaction(identity.db, async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        username: body.username,
        fullName: `${body.firstName} ${body.lastName}`,
        passwordHash,
        roles: ['PATIENT'],
        // The patient chose this password themselves; nothing temporary about it.
        mustChangePassword: false,
      })
      .onConflictDoNothing({ target: users.username })
      .returning({ id: users.id });
    if (!user) throw new AppError('DUPLICATE', 'That username is taken; choose another');
    const [patient] = await tx
      .insert(patients)
      .values({
        mrn: await nextMrn(tx),
        firstName: body.firstName,
        lastName: body.lastName,
        phone,
        email: body.email ?? null,
        dateOfBirth: body.dateOfBirth ?? null,
        userId: user.id,
      })
      .returning({ id: patients.id });
    if (!patient) throw new Error('patient insert returned no row');
    await recordAudit(
      tx,
      { ...ctx, actorId: user.id, actorRoles: ['PATIENT'] },
      { action: 'auth.register', entityType: 'user', entityId: user.id, patientId: patient.id },
    );
    return { userId: user.id, patientId: patient.id };
  });
}
