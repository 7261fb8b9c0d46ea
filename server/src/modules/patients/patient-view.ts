import type { Patient, PatientSummary } from '@modern-emr/domain';
import type { patients } from './patients.schema';

type SummaryRow = Pick<
  typeof patients.$inferSelect,
  | 'id'
  | 'mrn'
  | 'firstName'
  | 'middleName'
  | 'lastName'
  | 'sex'
  | 'dateOfBirth'
  | 'dateOfBirthEstimated'
  | 'phone'
  | 'nationalId'
  | 'archivedAt'
>;

export function toSummary(row: SummaryRow): PatientSummary {
  return {
    id: row.id,
    mrn: row.mrn,
    firstName: row.firstName,
    middleName: row.middleName,
    lastName: row.lastName,
    sex: row.sex,
    dateOfBirth: row.dateOfBirth,
    dateOfBirthEstimated: row.dateOfBirthEstimated,
    phone: row.phone,
    nationalId: row.nationalId,
    archivedAt: row.archivedAt?.toISOString() ?? null,
  };
}

/** The full chart header as the API sends it; enrolments are read separately. */
export function toPatient(
  row: typeof patients.$inferSelect,
  hmoEnrolments: Patient['hmoEnrolments'],
): Patient {
  return {
    ...toSummary(row),
    email: row.email,
    address: row.address,
    nextOfKin: row.nextOfKin ?? null,
    allergies: row.allergies,
    bloodGroup: row.bloodGroup,
    hasPortalAccount: row.userId !== null,
    portalVerified: row.portalVerified,
    archiveReason: row.archiveReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    hmoEnrolments,
  };
}

/** "First Middle Last", as a duplicate candidate is shown to the receptionist. */
export function displayName(p: { firstName: string; middleName: string | null; lastName: string }): string {
  return [p.firstName, p.middleName, p.lastName].filter(Boolean).join(' ');
}
