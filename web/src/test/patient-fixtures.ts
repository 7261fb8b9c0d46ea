import type { Patient } from '@modern-emr/domain';

/** A registered patient with nothing optional filled in; tests name only what they rely on. */
export function aPatient(
  fields: Partial<Patient> & Pick<Patient, 'id' | 'mrn' | 'firstName' | 'lastName'>,
): Patient {
  return {
    middleName: null,
    sex: 'FEMALE',
    dateOfBirth: '1988-02-10',
    dateOfBirthEstimated: false,
    phone: '+2348031112222',
    nationalId: null,
    archivedAt: null,
    email: null,
    address: null,
    nextOfKin: null,
    allergies: [],
    bloodGroup: null,
    hasPortalAccount: false,
    portalVerified: false,
    archiveReason: null,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    hmoEnrolments: [],
    ...fields,
  };
}
