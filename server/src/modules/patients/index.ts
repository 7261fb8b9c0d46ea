/**
 * The patients module's door: what other modules, http/, seed/ and cli/ may use. Patient records, HMO
 * enrolments and the patient portal's registration and verification.
 */

export { hmoEnrolmentRoutes } from './hmo-enrolments.routes';
export { findActiveEnrolment } from './hmo-enrolments.service';
export { nextMrn } from './mrn.service';
export { patientRecordRoutes } from './patient-records.routes';
export { coverageTypeEnum, patientHmoEnrolments, patients } from './patients.schema';
export { patientPortalRoutes } from './portal.routes';
export { registerPortalPatient } from './portal-registration.service';
