import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { AppError, notFound } from '../../http/app-error';
import { patients } from './patients.schema';

export const patientArchived = () =>
  new AppError('PATIENT_ARCHIVED', 'This patient record is archived and cannot be changed');

/**
 * Locks a patient row for a change (SELECT … FOR UPDATE, so an archive, a restore and an edit never
 * interleave): 404 if there is no such patient.
 */
export async function lockPatient(tx: Tx, patientId: string): Promise<typeof patients.$inferSelect> {
  const [row] = await tx.select().from(patients).where(eq(patients.id, patientId)).for('update');
  if (!row) throw notFound('Patient');
  return row;
}

/** lockPatient, refusing archived records with 409 PATIENT_ARCHIVED. */
export async function lockEditablePatient(tx: Tx, patientId: string): Promise<typeof patients.$inferSelect> {
  const row = await lockPatient(tx, patientId);
  if (row.archivedAt) throw patientArchived();
  return row;
}

/** 404 unless the patient exists, archived or not. */
export async function requirePatient(db: Db | Tx, patientId: string): Promise<void> {
  const [row] = await db.select({ id: patients.id }).from(patients).where(eq(patients.id, patientId));
  if (!row) throw notFound('Patient');
}
