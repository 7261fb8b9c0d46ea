import {
  type CoverageType,
  type HmoEnrolment,
  type OpenVisit,
  openVisitRequestSchema,
  type Payer,
  type VisitType,
} from '@modern-emr/domain';
import { formErrorsFromIssues } from '../../lib/form-errors';

export interface OpenVisitValues {
  type: VisitType;
  payer: Payer;
  insurance: { providerId: string; policyNumber: string; coverage: CoverageType; coveragePercent: string };
  emergency: boolean;
  emergencyReason: string;
  chiefComplaint: string;
  /** '' until the desk picks one: any doctor may then take the patient. */
  assignedDoctorId: string;
}

export const OPEN_VISIT_LABELS: Record<string, string> = {
  type: 'Visit type',
  payer: 'Payer',
  insurance: 'HMO cover',
  'insurance.providerId': 'HMO provider',
  'insurance.policyNumber': 'Policy number',
  'insurance.coverage': 'Coverage',
  'insurance.coveragePercent': 'Coverage percentage',
  emergency: 'Emergency',
  emergencyReason: 'Reason for emergency',
  chiefComplaint: 'Chief complaint',
  assignedDoctorId: 'Assigned doctor',
};

/** The enrolment that pre-fills an HMO visit: active and valid on `today` (YYYY-MM-DD). */
export function activeEnrolment(enrolments: readonly HmoEnrolment[], today: string): HmoEnrolment | null {
  return (
    enrolments.find(
      (e) =>
        e.active &&
        (e.validFrom === null || e.validFrom <= today) &&
        (e.validTo === null || e.validTo >= today),
    ) ?? null
  );
}

/** Pre-filled from the active enrolment (payer HMO) or else cash; the receptionist may change any of it. */
export function initialOpenVisitValues(enrolment: HmoEnrolment | null): OpenVisitValues {
  return {
    type: 'OUTPATIENT',
    payer: enrolment ? 'HMO' : 'CASH',
    insurance: {
      providerId: enrolment?.providerId ?? '',
      policyNumber: enrolment?.policyNumber ?? '',
      coverage: enrolment?.coverage ?? 'FULL',
      coveragePercent: enrolment && enrolment.coverage === 'PARTIAL' ? String(enrolment.coveragePercent) : '',
    },
    emergency: false,
    emergencyReason: '',
    chiefComplaint: '',
    assignedDoctorId: '',
  };
}

const text = (v: string) => (v.trim() === '' ? undefined : v.trim());

export function openVisitBody(patientId: string, values: OpenVisitValues): Record<string, unknown> {
  const cover = values.insurance;
  const percent = cover.coveragePercent.trim();
  return {
    patientId,
    type: values.type,
    payer: values.payer,
    emergency: values.emergency,
    emergencyReason: values.emergency ? text(values.emergencyReason) : undefined,
    chiefComplaint: text(values.chiefComplaint),
    assignedDoctorId: text(values.assignedDoctorId),
    insurance:
      values.payer === 'HMO'
        ? {
            providerId: cover.providerId,
            policyNumber: cover.policyNumber.trim(),
            coverage: cover.coverage,
            coveragePercent:
              cover.coverage === 'PARTIAL' ? (/^\d+$/.test(percent) ? Number(percent) : percent) : undefined,
          }
        : undefined,
  };
}

export type OpenVisitCheck = { ok: true; body: OpenVisit } | { ok: false; errors: Record<string, string> };

export function checkOpenVisit(patientId: string, values: OpenVisitValues): OpenVisitCheck {
  const parsed = openVisitRequestSchema.safeParse(openVisitBody(patientId, values));
  if (parsed.success) return { ok: true, body: parsed.data };
  const errors = formErrorsFromIssues(parsed.error.issues, OPEN_VISIT_LABELS);
  // Say what to do rather than which rule failed: an empty provider fails as "not a UUID".
  if (errors['insurance.providerId']) errors['insurance.providerId'] = 'Choose the HMO';
  if (errors.emergencyReason) errors.emergencyReason = 'Say why this is an emergency (at least 3 characters)';
  return { ok: false, errors };
}
