import type { PatientCreated, PatientRegistration } from '@modern-emr/domain';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { nextMrn } from './mrn.service';
import {
  findPossibleDuplicates,
  isNationalIdViolation,
  nationalIdTaken,
  refuseTakenNationalId,
} from './patient-duplicates';
import { clinicContext, normaliseFields } from './patient-input';
import { toPatient } from './patient-view';
import { patients } from './patients.schema';

/**
 * Registers a patient at the front desk: phone in E.164, an MRN from the sequence, and the records
 * that may be the same person returned as warnings (the new record is saved all the same). A national
 * ID already on file is refused; the unique index settles two registrations racing with the same one.
 */
export async function registerPatient(
  db: Db,
  body: PatientRegistration,
  ctx: AuditContext,
  now: Date,
): Promise<PatientCreated> {
  try {
    return await inTransaction(db, async (tx) => {
      const fields = normaliseFields(body, await clinicContext(tx, now));
      const phone = fields.phone ?? body.phone;
      const nationalId = body.nationalId ?? null;
      if (nationalId) await refuseTakenNationalId(tx, nationalId);
      const possibleDuplicates = await findPossibleDuplicates(tx, {
        phone,
        nationalId,
        firstName: body.firstName,
        lastName: body.lastName,
        dateOfBirth: fields.dateOfBirth ?? null,
      });
      const [row] = await tx
        .insert(patients)
        .values({
          mrn: await nextMrn(tx),
          firstName: body.firstName,
          middleName: body.middleName ?? null,
          lastName: body.lastName,
          sex: body.sex,
          dateOfBirth: fields.dateOfBirth ?? null,
          dateOfBirthEstimated: fields.dateOfBirthEstimated ?? false,
          phone,
          email: body.email ?? null,
          address: body.address ?? null,
          nationalId,
          nextOfKin: fields.nextOfKin ?? null,
          allergies: body.allergies ?? [],
          bloodGroup: body.bloodGroup ?? null,
          createdBy: ctx.actorId,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!row) throw new Error('patient insert returned no row');
      await recordAudit(tx, ctx, {
        action: 'patient.create',
        entityType: 'patient',
        entityId: row.id,
        patientId: row.id,
        metadata: { possibleDuplicates: possibleDuplicates.length },
      });
      return { ...toPatient(row, []), possibleDuplicates };
    });
  } catch (err) {
    if (isNationalIdViolation(err)) throw nationalIdTaken();
    throw err;
  }
}
