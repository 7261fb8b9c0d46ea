import {
  INSURANCE_STATUSES,
  PAYERS,
  VISIT_PAYMENT_STATUSES,
  VISIT_STATUSES,
  VISIT_TYPES,
} from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  pgEnum,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ts } from '../../db/columns';
import { hmoProviders } from '../hmo';
import { users } from '../identity';
import { coverageTypeEnum, patients } from '../patients';

export const visitTypeEnum = pgEnum('visit_type', VISIT_TYPES);
export const visitStatusEnum = pgEnum('visit_status', VISIT_STATUSES);
export const payerEnum = pgEnum('payer', PAYERS);
export const visitPaymentStatusEnum = pgEnum('visit_payment_status', VISIT_PAYMENT_STATUSES);
export const insuranceStatusEnum = pgEnum('insurance_status', INSURANCE_STATUSES);

/**
 * One episode of care. `payment_status`, `net_minor` and `outstanding_minor` are stored copies of
 * the billing summary, recomputed in the same transaction as every change that affects them, so
 * queues and reports can filter on them without recomputing every bill.
 * A database trigger refuses any change to a CLOSED visit and any delete.
 */
export const visits = pgTable(
  'visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human number, e.g. V-2026-000123. */
    number: text('number').notNull(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    type: visitTypeEnum('type').notNull(),
    payer: payerEnum('payer').notNull(),
    emergency: boolean('emergency').notNull().default(false),
    emergencyReason: text('emergency_reason'),
    assignedDoctorId: uuid('assigned_doctor_id').references(() => users.id),
    chiefComplaint: text('chief_complaint'),
    status: visitStatusEnum('status').notNull().default('OPEN'),
    paymentStatus: visitPaymentStatusEnum('payment_status').notNull().default('PAID'),
    netMinor: bigint('net_minor', { mode: 'number' }).notNull().default(0),
    patientShareMinor: bigint('patient_share_minor', { mode: 'number' }).notNull().default(0),
    /** Negative is a credit. */
    outstandingMinor: bigint('outstanding_minor', { mode: 'number' }).notNull().default(0),
    /** Assigned once, on first print; reprints keep it. */
    invoiceNumber: text('invoice_number'),
    deferredAt: ts('deferred_at'),
    deferredBy: uuid('deferred_by').references(() => users.id),
    deferralReason: text('deferral_reason'),
    openedBy: uuid('opened_by')
      .notNull()
      .references(() => users.id),
    openedAt: ts('opened_at').notNull().defaultNow(),
    closedBy: uuid('closed_by').references(() => users.id),
    closedAt: ts('closed_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('visits_number_key').on(t.number),
    uniqueIndex('visits_invoice_number_key').on(t.invoiceNumber),
    // The rule "one OPEN visit per patient" lives in the database, not only in the service.
    uniqueIndex('visits_one_open_per_patient').on(t.patientId).where(sql`${t.status} = 'OPEN'`),
    index('visits_patient_opened_idx').on(t.patientId, t.openedAt),
    index('visits_opened_idx').on(t.openedAt),
    index('visits_status_payment_idx').on(t.status, t.paymentStatus, t.openedAt),
    // The doctor's own queue (?mine=true) and GET /visits?doctorId.
    index('visits_doctor_opened_idx').on(t.assignedDoctorId, t.openedAt),
    check(
      'visits_emergency_reason',
      sql`not ${t.emergency} or length(coalesce(${t.emergencyReason}, '')) >= 3`,
    ),
  ],
);

/**
 * The HMO cover of a visit: PENDING → APPROVED | REJECTED; a top-up raises `approved_minor`.
 * History of each transition is in the audit log.
 */
export const visitInsurance = pgTable(
  'visit_insurance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => hmoProviders.id),
    policyNumber: text('policy_number').notNull(),
    coverage: coverageTypeEnum('coverage').notNull(),
    coveragePercent: smallint('coverage_percent').notNull(),
    status: insuranceStatusEnum('status').notNull().default('PENDING'),
    authorizationCode: text('authorization_code'),
    approvedMinor: bigint('approved_minor', { mode: 'number' }),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: ts('approved_at'),
    rejectionReason: text('rejection_reason'),
    rejectedBy: uuid('rejected_by').references(() => users.id),
    rejectedAt: ts('rejected_at'),
    /** When the HMO paid its share (→ SETTLED). */
    remittedAt: ts('remitted_at'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('visit_insurance_visit_key').on(t.visitId),
    index('visit_insurance_provider_status_idx').on(t.providerId, t.status),
    check('visit_insurance_percent', sql`${t.coveragePercent} between 1 and 100`),
    check('visit_insurance_approved_nonnegative', sql`${t.approvedMinor} is null or ${t.approvedMinor} >= 0`),
  ],
);

export type VisitRow = typeof visits.$inferSelect;
export type InsuranceRow = typeof visitInsurance.$inferSelect;
