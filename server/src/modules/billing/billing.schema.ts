import { CHARGE_STATUSES, type DEPARTMENTS, PAYMENT_METHODS } from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ts } from '../../db/columns';
import { billTimingEnum, serviceCatalog } from '../catalog';
import { users } from '../identity';
import { patients } from '../patients';
import { tillShifts } from '../till';
import { visits } from '../visit-records';

export const chargeStatusEnum = pgEnum('charge_status', CHARGE_STATUSES);
export const paymentMethodEnum = pgEnum('payment_method', PAYMENT_METHODS);
export const refundStatusEnum = pgEnum('refund_status', ['PENDING_APPROVAL', 'COMPLETED', 'REJECTED']);
export const onlinePaymentStatusEnum = pgEnum('online_payment_status', [
  'INITIALISED',
  'SUCCEEDED',
  'FAILED',
]);

/**
 * A billing line. Code, name and price are copied from the catalogue (or the HMO tariff) when the
 * charge is created, so later price changes never touch old bills. `status`, `hmo_share_minor`,
 * `patient_share_minor` and `settled` are recomputed from the billing engine with the visit.
 * Triggers: nothing on a closed visit changes; a PAID charge's money fields never change.
 */
export const charges = pgTable(
  'charges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => serviceCatalog.id),
    serviceCode: text('service_code').notNull(),
    serviceName: text('service_name').notNull(),
    department: text('department').$type<(typeof DEPARTMENTS)[number]>().notNull(),
    billTiming: billTimingEnum('bill_timing').notNull(),
    unitPriceMinor: bigint('unit_price_minor', { mode: 'number' }).notNull(),
    quantity: integer('quantity').notNull().default(1),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    hmoShareMinor: bigint('hmo_share_minor', { mode: 'number' }).notNull().default(0),
    patientShareMinor: bigint('patient_share_minor', { mode: 'number' }).notNull().default(0),
    status: chargeStatusEnum('status').notNull().default('PENDING'),
    settled: boolean('settled').notNull().default(false),
    /** Set when the service is performed (sample collected, study done, drug dispensed). */
    renderedAt: ts('rendered_at'),
    autoBilled: boolean('auto_billed').notNull().default(false),
    reason: text('reason'),
    reasonBy: uuid('reason_by').references(() => users.id),
    reasonAt: ts('reason_at'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('charges_visit_idx').on(t.visitId, t.createdAt),
    index('charges_created_idx').on(t.createdAt),
    check('charges_quantity_positive', sql`${t.quantity} > 0`),
    check(
      'charges_amount',
      sql`${t.amountMinor} = ${t.unitPriceMinor} * ${t.quantity} and ${t.amountMinor} >= 0`,
    ),
  ],
);

/**
 * Money in for a visit. Never updated or deleted (trigger): refunds are their own rows.
 * `amount_minor` is what was tendered; `applied_minor` went to the visit; `wallet_credit_minor`
 * (the overpayment) went to the patient's wallet.
 */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    method: paymentMethodEnum('method').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    appliedMinor: bigint('applied_minor', { mode: 'number' }).notNull(),
    walletCreditMinor: bigint('wallet_credit_minor', { mode: 'number' }).notNull().default(0),
    reference: text('reference'),
    receiptNumber: text('receipt_number').notNull(),
    /** Null only for gateway (ONLINE) payments confirmed by webhook. */
    cashierId: uuid('cashier_id').references(() => users.id),
    shiftId: uuid('shift_id').references(() => tillShifts.id),
    receivedAt: ts('received_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('payments_receipt_number_key').on(t.receiptNumber),
    index('payments_visit_idx').on(t.visitId, t.receivedAt),
    index('payments_received_idx').on(t.receivedAt),
    index('payments_shift_idx').on(t.shiftId),
    check(
      'payments_amounts',
      sql`${t.amountMinor} > 0 and ${t.appliedMinor} >= 0 and ${t.walletCreditMinor} >= 0
      and ${t.appliedMinor} + ${t.walletCreditMinor} = ${t.amountMinor}`,
    ),
  ],
);

/** How a payment's applied amount was spread over the visit's charges. */
export const paymentAllocations = pgTable(
  'payment_allocations',
  {
    paymentId: uuid('payment_id')
      .notNull()
      .references(() => payments.id),
    chargeId: uuid('charge_id')
      .notNull()
      .references(() => charges.id),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.paymentId, t.chargeId] }),
    index('payment_allocations_charge_idx').on(t.chargeId),
    check('payment_allocations_positive', sql`${t.amountMinor} > 0`),
  ],
);

/**
 * Money out against a payment, a new entry rather than an edit. Above the clinic's threshold a
 * refund waits for an administrator (PENDING_APPROVAL) and only COMPLETED refunds count.
 */
export const refunds = pgTable(
  'refunds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    paymentId: uuid('payment_id')
      .notNull()
      .references(() => payments.id),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    reason: text('reason').notNull(),
    status: refundStatusEnum('status').notNull(),
    /** Assigned when the money actually leaves (COMPLETED). */
    refundNumber: text('refund_number'),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: ts('requested_at').notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: ts('decided_at'),
    decisionNote: text('decision_note'),
    shiftId: uuid('shift_id').references(() => tillShifts.id),
  },
  (t) => [
    uniqueIndex('refunds_number_key').on(t.refundNumber),
    index('refunds_payment_idx').on(t.paymentId),
    index('refunds_visit_idx').on(t.visitId),
    index('refunds_status_idx').on(t.status, t.requestedAt),
    check('refunds_positive', sql`${t.amountMinor} > 0`),
  ],
);

/**
 * A gateway (e.g. Paystack) transaction: created when the cashier or patient initialises it,
 * turned into a payment only by a signature-verified webhook, once.
 */
export const onlinePayments = pgTable(
  'online_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    status: onlinePaymentStatusEnum('status').notNull().default('INITIALISED'),
    paymentId: uuid('payment_id').references(() => payments.id),
    initialisedBy: uuid('initialised_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    confirmedAt: ts('confirmed_at'),
    gatewayPayload: jsonb('gateway_payload'),
  },
  (t) => [
    uniqueIndex('online_payments_reference_key').on(t.reference),
    index('online_payments_visit_idx').on(t.visitId),
    check('online_payments_positive', sql`${t.amountMinor} > 0`),
  ],
);
