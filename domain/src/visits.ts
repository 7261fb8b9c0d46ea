import { z } from 'zod';
import { insuranceCoverSchema, reasonSchema } from './billing-requests';
import { billingSummaryViewSchema, visitMoneyStateSchema } from './billing-wire';
import { localDateSchema } from './clinic-day';
import { consultationStatusSchema } from './consultation';
import { coverageTypeSchema, type InsuranceStatus, insuranceStatusSchema } from './insurance-status';
import { pageQuerySchema } from './pagination';
import { visitPaymentStatusSchema } from './visit-payment-status';
import { type VisitStatus, visitStatusSchema } from './visit-status';

export const VISIT_TYPES = ['OUTPATIENT', 'FOLLOW_UP', 'EMERGENCY', 'ANTENATAL', 'PROCEDURE'] as const;
export const visitTypeSchema = z.enum(VISIT_TYPES);
export type VisitType = z.infer<typeof visitTypeSchema>;

export const PAYERS = ['CASH', 'HMO'] as const;
export const payerSchema = z.enum(PAYERS);
export type Payer = z.infer<typeof payerSchema>;

/**
 * `POST /visits`. The emergency flag (not the visit type) is what bypasses the payment gates, so it
 * needs a reason; cover belongs only to an HMO visit. An HMO visit without `insurance` takes the
 * patient's active enrolment, which only the server can look up.
 */
export const openVisitRequestSchema = z
  .object({
    patientId: z.uuid(),
    type: visitTypeSchema,
    payer: payerSchema,
    emergency: z.boolean().default(false),
    emergencyReason: z.string().trim().min(3).max(500).optional(),
    assignedDoctorId: z.uuid().optional(),
    chiefComplaint: z.string().trim().min(1).max(1000).optional(),
    insurance: insuranceCoverSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.emergency && v.emergencyReason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['emergencyReason'],
        message: 'an emergency visit needs a reason (at least 3 characters)',
      });
    }
    if (!v.emergency && v.emergencyReason !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['emergencyReason'], message: 'only an emergency visit has one' });
    }
    if (v.payer === 'CASH' && v.insurance !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['insurance'], message: 'cover is only for payer HMO' });
    }
  });
export type OpenVisitRequest = z.input<typeof openVisitRequestSchema>;
export type OpenVisit = z.output<typeof openVisitRequestSchema>;

export const visitListQuerySchema = pageQuerySchema.extend({
  status: visitStatusSchema.optional(),
  paymentStatus: visitPaymentStatusSchema.optional(),
  patientId: z.uuid().optional(),
  /** Opened on this day of the clinic's calendar (its time zone). */
  date: localDateSchema.optional(),
  /** The assigned doctor. */
  doctorId: z.uuid().optional(),
});
export type VisitListQuery = z.infer<typeof visitListQuerySchema>;

export const doctorWorklistQuerySchema = pageQuerySchema.extend({
  /** Only visits assigned to the calling doctor. */
  mine: z.stringbool().default(false),
});
export type DoctorWorklistQuery = z.infer<typeof doctorWorklistQuerySchema>;

/** `POST /visits/:id/defer-balance`: the patient may leave owing; the reason is audited. */
export const deferBalanceRequestSchema = z.object({ reason: reasonSchema });
export type DeferBalanceRequest = z.infer<typeof deferBalanceRequestSchema>;

/** `POST /visits/:id/insurance/remit`: the HMO has paid its share (→ SETTLED). */
export const insuranceRemitRequestSchema = z.object({
  /** The HMO's payment reference (bank transfer, remittance advice). */
  reference: z.string().trim().min(1).max(100).optional(),
});
export type InsuranceRemitRequest = z.infer<typeof insuranceRemitRequestSchema>;

const isoDateTime = z.string();

export const visitInsuranceViewSchema = z.object({
  id: z.uuid(),
  providerId: z.uuid(),
  providerCode: z.string(),
  providerName: z.string(),
  policyNumber: z.string(),
  coverage: coverageTypeSchema,
  coveragePercent: z.number().int(),
  status: insuranceStatusSchema,
  authorizationCode: z.string().nullable(),
  /** Kobo; 0 is zero cover. Null until approved. */
  approvedAmount: z.number().int().nullable(),
  approvedAt: isoDateTime.nullable(),
  rejectionReason: z.string().nullable(),
  rejectedAt: isoDateTime.nullable(),
  /** When the HMO paid its share. */
  remittedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
});
export type VisitInsuranceView = z.infer<typeof visitInsuranceViewSchema>;

/** The cover after attach, approve, reject or remit, with the visit's money state it changed. */
export const visitInsuranceChangedSchema = visitInsuranceViewSchema.extend({ visit: visitMoneyStateSchema });
export type VisitInsuranceChanged = z.infer<typeof visitInsuranceChangedSchema>;

export const visitPatientSchema = z.object({
  id: z.uuid(),
  mrn: z.string(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  lastName: z.string(),
  sex: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  phone: z.string(),
});

/**
 * `GET /visits/:id` and the answer of every visit-level change. `paymentCleared` is the payment
 * status alone (PAID, INSURANCE_CLAIMED, SETTLED); an emergency is not cleared, it bypasses the gate.
 */
export const visitSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  patientId: z.uuid(),
  patient: visitPatientSchema,
  type: visitTypeSchema,
  payer: payerSchema,
  emergency: z.boolean(),
  emergencyReason: z.string().nullable(),
  assignedDoctorId: z.uuid().nullable(),
  assignedDoctorName: z.string().nullable(),
  chiefComplaint: z.string().nullable(),
  status: visitStatusSchema,
  paymentStatus: visitPaymentStatusSchema,
  paymentCleared: z.boolean(),
  summary: billingSummaryViewSchema,
  insurance: visitInsuranceViewSchema.nullable(),
  consultation: z
    .object({
      id: z.uuid(),
      status: consultationStatusSchema,
      doctorId: z.uuid(),
      startedAt: isoDateTime,
      completedAt: isoDateTime.nullable(),
    })
    .nullable(),
  balanceDeferred: z.boolean(),
  deferredAt: isoDateTime.nullable(),
  deferralReason: z.string().nullable(),
  invoiceNumber: z.string().nullable(),
  openedAt: isoDateTime,
  openedBy: z.uuid(),
  closedAt: isoDateTime.nullable(),
  closedBy: z.uuid().nullable(),
});
export type Visit = z.infer<typeof visitSchema>;

/** One row of `GET /visits` and of every station's worklist. */
export const visitListItemSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  patientId: z.uuid(),
  /** "First Middle Last". */
  patientName: z.string(),
  mrn: z.string(),
  type: visitTypeSchema,
  payer: payerSchema,
  emergency: z.boolean(),
  status: visitStatusSchema,
  paymentStatus: visitPaymentStatusSchema,
  paymentCleared: z.boolean(),
  /** Kobo the patient still owes; negative is a credit. */
  outstanding: z.number().int(),
  assignedDoctorId: z.uuid().nullable(),
  assignedDoctorName: z.string().nullable(),
  /** Null until a doctor starts the consultation. */
  consultationStatus: consultationStatusSchema.nullable(),
  openedAt: isoDateTime,
  closedAt: isoDateTime.nullable(),
});
export type VisitListItem = z.infer<typeof visitListItemSchema>;

export type CloseVisitRefusal =
  | 'VISIT_CLOSED'
  | 'CONSULTATION_REQUIRED'
  | 'INSURANCE_PENDING'
  | 'OUTSTANDING_BALANCE';

// spec: VISIT-CLOSE-1
/**
 * Why a DOCTOR may not close the visit yet, or null when they may; checked in the order a clinic
 * would fix them: the consultation, then the HMO, then the patient's balance. Cover still awaiting
 * the HMO's answer blocks (until it answers nobody knows what the patient owes); HMO shares still
 * awaited from the insurer do not. The balance check uses the patient's outstanding from the billing
 * summary (a credit is fine), and a deferral recorded by a CASHIER/ADMIN with a reason lifts it.
 */
export function closeVisitRefusal(visit: {
  status: VisitStatus;
  consultationCompleted: boolean;
  insuranceStatus: InsuranceStatus | null;
  outstanding: number;
  balanceDeferred: boolean;
}): CloseVisitRefusal | null {
  if (visit.status === 'CLOSED') return 'VISIT_CLOSED';
  if (!visit.consultationCompleted) return 'CONSULTATION_REQUIRED';
  if (visit.insuranceStatus === 'PENDING') return 'INSURANCE_PENDING';
  if (visit.outstanding > 0 && !visit.balanceDeferred) return 'OUTSTANDING_BALANCE';
  return null;
}
