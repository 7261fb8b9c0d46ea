import type { Patient, PatientPatch } from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { AppError, notFound } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { listEnrolments } from './hmo-enrolments.service';
import { isNationalIdViolation, nationalIdTaken, refuseTakenNationalId } from './patient-duplicates';
import { clinicContext, normaliseFields } from './patient-input';
import { lockEditablePatient, lockPatient } from './patient-lock';
import { toPatient } from './patient-view';
import { patients } from './patients.schema';

type PatientRow = typeof patients.$inferSelect;

/** The chart header with HMO enrolments. Every view is audited: who looked at whose record. */
export async function viewPatient(db: Db, patientId: string, ctx: AuditContext): Promise<Patient> {
  return inTransaction(db, async (tx) => {
    const [row] = await tx.select().from(patients).where(eq(patients.id, patientId));
    if (!row) throw notFound('Patient');
    await recordAudit(tx, ctx, {
      action: 'patient.view',
      entityType: 'patient',
      entityId: row.id,
      patientId,
    });
    return toPatient(row, await listEnrolments(tx, patientId));
  });
}

/** Columns a PATCH may set, straight from the body (the others need the clinic's settings first). */
const PLAIN_FIELDS = [
  'firstName',
  'middleName',
  'lastName',
  'sex',
  'email',
  'address',
  'nationalId',
  'allergies',
  'bloodGroup',
] as const;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Edits a patient with the registration rules (E.164 phones, date of birth not in the future, one
 * record per national ID). The audit row names the changed fields, never their values.
 */
export async function updatePatient(
  db: Db,
  patientId: string,
  patch: PatientPatch,
  ctx: AuditContext,
  now: Date,
): Promise<Patient> {
  try {
    return await inTransaction(db, async (tx) => {
      const current = await lockEditablePatient(tx, patientId);
      const next: Partial<PatientRow> = {};
      for (const field of PLAIN_FIELDS) {
        if (patch[field] !== undefined) Object.assign(next, { [field]: patch[field] });
      }
      Object.assign(next, normaliseFields(patch, await clinicContext(tx, now)));
      const changed = (Object.keys(next) as (keyof PatientRow)[]).filter(
        (k) => !sameValue(next[k], current[k]),
      );
      if (changed.length === 0) return toPatient(current, await listEnrolments(tx, patientId));
      if (changed.includes('nationalId') && next.nationalId) {
        await refuseTakenNationalId(tx, next.nationalId, patientId);
      }
      const [row] = await tx
        .update(patients)
        .set({ ...next, updatedAt: now })
        .where(eq(patients.id, patientId))
        .returning();
      if (!row) throw notFound('Patient');
      await recordAudit(tx, ctx, {
        action: 'patient.update',
        entityType: 'patient',
        entityId: patientId,
        patientId,
        metadata: { fields: changed },
      });
      return toPatient(row, await listEnrolments(tx, patientId));
    });
  } catch (err) {
    if (isNationalIdViolation(err)) throw nationalIdTaken();
    throw err;
  }
}

// spec: PAT-ARCH-1
/** Soft delete: the record stays (visits and bills refer to it) but leaves searches and refuses edits. */
export async function archivePatient(
  db: Db,
  patientId: string,
  reason: string,
  ctx: AuditContext,
  now: Date,
): Promise<Patient> {
  return inTransaction(db, async (tx) => {
    // Archiving twice is refused like any other change to an archived record.
    await lockEditablePatient(tx, patientId);
    const [row] = await tx
      .update(patients)
      .set({ archivedAt: now, archivedBy: ctx.actorId, archiveReason: reason, updatedAt: now })
      .where(eq(patients.id, patientId))
      .returning();
    if (!row) throw notFound('Patient');
    // The reason is free text and may name people or conditions, so it stays on the record only.
    await recordAudit(tx, ctx, {
      action: 'patient.archive',
      entityType: 'patient',
      entityId: patientId,
      patientId,
    });
    return toPatient(row, await listEnrolments(tx, patientId));
  });
}

/**
 * Undoes an archive made in error: the record is active again (searchable, editable, visits can be
 * opened). The archive's reason and who archived stay on the row as the last archive's; the audit
 * log holds both events with who and when.
 */
export async function restorePatient(
  db: Db,
  patientId: string,
  ctx: AuditContext,
  now: Date,
): Promise<Patient> {
  return inTransaction(db, async (tx) => {
    const current = await lockPatient(tx, patientId);
    if (!current.archivedAt) throw new AppError('INVALID_TRANSITION', 'The patient record is not archived');
    const [row] = await tx
      .update(patients)
      .set({ archivedAt: null, updatedAt: now })
      .where(eq(patients.id, patientId))
      .returning();
    if (!row) throw notFound('Patient');
    await recordAudit(tx, ctx, {
      action: 'patient.restore',
      entityType: 'patient',
      entityId: patientId,
      patientId,
    });
    return toPatient(row, await listEnrolments(tx, patientId));
  });
}
