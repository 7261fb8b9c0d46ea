import { z } from 'zod';
import { paymentMethodSchema, reasonSchema } from './billing-requests';
import { billTimingSchema } from './catalog';
import { chargeStatusSchema } from './charge-status';
import { pageQuerySchema } from './pagination';
import { visitPaymentStatusSchema } from './visit-payment-status';
import { visitStatusSchema } from './visit-status';

/**
 * What the visit-billing endpoints answer (api.md "Visit billing"), shared so the cashier pages read
 * exactly what the server sends. Money is integer kobo; `outstanding` alone may be negative (credit).
 */

const minor = z.number().int();
const isoDateTime = z.string();

/** `POST /visits/:id/charges`: a catalogue code; the price is copied from the catalogue or HMO tariff. */
export const addChargeRequestSchema = z.object({
  serviceCode: z.string().trim().min(1).max(32),
  quantity: z.number().int().min(1).max(10_000).default(1),
});
export type AddChargeRequest = z.input<typeof addChargeRequestSchema>;

export const billingSummaryViewSchema = z.object({
  charges: minor,
  waived: minor,
  hmoCovered: minor,
  hmoPending: minor,
  patientShare: minor,
  paid: minor,
  outstanding: minor,
  net: minor,
});
export type BillingSummaryView = z.infer<typeof billingSummaryViewSchema>;

export const chargeViewSchema = z.object({
  id: z.uuid(),
  visitId: z.uuid(),
  serviceCode: z.string(),
  name: z.string(),
  department: z.string(),
  billTiming: billTimingSchema,
  quantity: z.number().int(),
  unitPrice: minor,
  amount: minor,
  hmoShare: minor,
  patientShare: minor,
  /** The part of what the patient paid that is attributed to this charge. */
  patientPaid: minor,
  /** patientShare − patientPaid: what a payment may still allocate here. */
  patientDue: minor,
  status: chargeStatusSchema,
  settled: z.boolean(),
  rendered: z.boolean(),
  autoBilled: z.boolean(),
  /** The waiver or void reason, if any. */
  reason: z.string().nullable(),
  createdAt: isoDateTime,
});
export type ChargeView = z.infer<typeof chargeViewSchema>;

export const REFUND_STATUSES = ['PENDING_APPROVAL', 'COMPLETED', 'REJECTED'] as const;
export const refundStatusSchema = z.enum(REFUND_STATUSES);
export type RefundStatus = z.infer<typeof refundStatusSchema>;

export const refundViewSchema = z.object({
  id: z.uuid(),
  paymentId: z.uuid(),
  visitId: z.uuid(),
  receiptNumber: z.string(),
  method: paymentMethodSchema,
  amount: minor,
  reason: z.string(),
  status: refundStatusSchema,
  /** RFD-YYYY-NNNNNN, assigned when the money leaves (COMPLETED). */
  refundNumber: z.string().nullable(),
  requestedAt: isoDateTime,
  requestedByName: z.string(),
  /** When it completed or was rejected; null while it waits for approval. */
  decidedAt: isoDateTime.nullable(),
  /** The approving or rejecting administrator; null when no approval was needed. */
  decidedByName: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export type RefundView = z.infer<typeof refundViewSchema>;

export const paymentViewSchema = z.object({
  id: z.uuid(),
  visitId: z.uuid(),
  patientId: z.uuid(),
  receiptNumber: z.string(),
  method: paymentMethodSchema,
  /** What was tendered. */
  amount: minor,
  /** What went to the visit's charges. */
  applied: minor,
  /** The overpayment that went to the patient's wallet. */
  walletCredit: minor,
  reference: z.string().nullable(),
  receivedAt: isoDateTime,
  /** Null for gateway (ONLINE) payments. */
  cashierName: z.string().nullable(),
  /** Sum of COMPLETED refunds. */
  refunded: minor,
  /** Sum of refunds awaiting approval. */
  refundPending: minor,
  /** applied − refunded − refundPending: the most a new refund may be. */
  refundable: minor,
});
export type PaymentView = z.infer<typeof paymentViewSchema>;

/** The visit's money state after a change, so the cashier page need not refetch to show it. */
export const visitMoneyStateSchema = z.object({
  id: z.uuid(),
  paymentStatus: visitPaymentStatusSchema,
  paymentCleared: z.boolean(),
  outstanding: minor,
});
export type VisitMoneyState = z.infer<typeof visitMoneyStateSchema>;

export const visitBillingViewSchema = z.object({
  visitId: z.uuid(),
  visitNumber: z.string(),
  visitStatus: visitStatusSchema,
  payer: z.enum(['CASH', 'HMO']),
  emergency: z.boolean(),
  summary: billingSummaryViewSchema,
  paymentStatus: visitPaymentStatusSchema,
  paymentCleared: z.boolean(),
  /** Oldest first, the order payments are allocated in. */
  charges: z.array(chargeViewSchema),
  /** Oldest first. */
  payments: z.array(paymentViewSchema),
  /** Oldest first, every status. */
  refunds: z.array(refundViewSchema),
});
export type VisitBillingView = z.infer<typeof visitBillingViewSchema>;

export const paymentAllocationViewSchema = z.object({ chargeId: z.uuid(), amount: minor });
export type PaymentAllocationView = z.infer<typeof paymentAllocationViewSchema>;

/** `GET /payments/:id`: the payment, how it was spread over the charges, and its refunds. */
export const paymentDetailSchema = paymentViewSchema.extend({
  allocations: z.array(paymentAllocationViewSchema),
  refunds: z.array(refundViewSchema),
});
export type PaymentDetail = z.infer<typeof paymentDetailSchema>;

/** `POST /visits/:id/payments` → 201 (and the identical replay for the same Idempotency-Key). */
export const paymentCreatedSchema = paymentViewSchema.extend({
  allocations: z.array(paymentAllocationViewSchema),
  visit: visitMoneyStateSchema,
});
export type PaymentCreated = z.infer<typeof paymentCreatedSchema>;

/** A charge after add, waive or void, with the visit it changed. */
export const chargeChangedSchema = chargeViewSchema.extend({ visit: visitMoneyStateSchema });
export type ChargeChanged = z.infer<typeof chargeChangedSchema>;

/** A refund after request, approval or rejection, with the visit it changed. */
export const refundChangedSchema = refundViewSchema.extend({ visit: visitMoneyStateSchema });
export type RefundChanged = z.infer<typeof refundChangedSchema>;

/** `GET /refunds?status=` (ADMIN's approval queue by default). */
export const refundListQuerySchema = pageQuerySchema.extend({
  status: refundStatusSchema.default('PENDING_APPROVAL'),
});
export type RefundListQuery = z.infer<typeof refundListQuerySchema>;

/** `POST /refunds/:id/approve` takes an optional note; `/reject` needs a reason. */
export const refundApproveRequestSchema = z.object({ note: z.string().trim().min(1).max(500).optional() });
export type RefundApproveRequest = z.infer<typeof refundApproveRequestSchema>;

export const refundRejectRequestSchema = z.object({ reason: reasonSchema });
export type RefundRejectRequest = z.infer<typeof refundRejectRequestSchema>;
