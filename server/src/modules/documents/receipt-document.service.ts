import { and, asc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { inOrder } from '../../db/in-order';
import { notFound } from '../../http/app-error';
import { recordAudit } from '../audit';
import type { Actor } from '../billing';
import { billingOfRows, charges, paymentAllocations, payments, refunds } from '../billing';
import { users } from '../identity';
import { patients } from '../patients';
import { visitInsurance, visits } from '../visit-records';
import { type DocumentContext, documentContext, patientName } from './document-context';
import type { ReceiptData } from './documents.types';
import { priorPrints } from './print-count';

type PaymentRow = typeof payments.$inferSelect;

export const RECEIPT_PRINT_ACTION = 'document.receipt.print';

export interface ReceiptPrint {
  context: DocumentContext;
  receipt: ReceiptData;
  /** Every print after the first is a reprint, and the document says so. */
  reprint: boolean;
}

/** Payments of the visit up to and including this one, in the order they were received. */
function upToPayment(p: PaymentRow) {
  return and(
    eq(payments.visitId, p.visitId),
    or(
      lt(payments.receivedAt, p.receivedAt),
      and(eq(payments.receivedAt, p.receivedAt), lte(payments.receiptNumber, p.receiptNumber)),
    ),
  );
}

/**
 * What the patient still owed right after this payment: the bill recomputed from the charges,
 * payments and completed refunds that existed at that moment, so a reprint months later shows the
 * balance the original showed even after more charges and payments. (Waivers and HMO decisions made
 * later are not dated on the charge, so they do show through.)
 */
async function outstandingAfter(tx: Tx, p: PaymentRow): Promise<number> {
  const earlier = tx.select({ id: payments.id }).from(payments).where(upToPayment(p));
  const [chargeRows, allocated, paid, refunded, [cover]] = await inOrder([
    () =>
      tx
        .select()
        .from(charges)
        .where(and(eq(charges.visitId, p.visitId), lte(charges.createdAt, p.receivedAt))),
    () =>
      tx
        .select({
          chargeId: paymentAllocations.chargeId,
          total: sql<string>`sum(${paymentAllocations.amountMinor})`,
        })
        .from(paymentAllocations)
        .where(inArray(paymentAllocations.paymentId, earlier))
        .groupBy(paymentAllocations.chargeId),
    () => tx.select({ amount: payments.appliedMinor }).from(payments).where(upToPayment(p)),
    () =>
      tx
        .select({ amount: refunds.amountMinor })
        .from(refunds)
        .where(
          and(
            eq(refunds.visitId, p.visitId),
            eq(refunds.status, 'COMPLETED'),
            lte(refunds.decidedAt, p.receivedAt),
          ),
        ),
    () => tx.select().from(visitInsurance).where(eq(visitInsurance.visitId, p.visitId)),
  ]);
  const { summary } = billingOfRows({ chargeRows, allocated, paid, refunded, insurance: cover ?? null });
  return summary.outstanding;
}

/**
 * Loads a payment's receipt and records the print. The payment row is locked (without blocking
 * refunds' and allocations' key checks) so concurrent prints count their copies one after another.
 */
export async function printReceipt(
  tx: Tx,
  paymentId: string,
  format: 'a4' | 'thermal',
  actor: Actor,
): Promise<ReceiptPrint> {
  const [payment] = await tx.select().from(payments).where(eq(payments.id, paymentId)).for('no key update');
  if (!payment) throw notFound('payment');
  const [[visit], [patient], [cashier], allocations, balanceAfter, copies, context] = await inOrder([
    () => tx.select({ number: visits.number }).from(visits).where(eq(visits.id, payment.visitId)),
    () => tx.select().from(patients).where(eq(patients.id, payment.patientId)),
    () =>
      payment.cashierId
        ? tx.select({ name: users.fullName }).from(users).where(eq(users.id, payment.cashierId))
        : Promise.resolve([]),
    () =>
      tx
        .select({
          code: charges.serviceCode,
          name: charges.serviceName,
          amount: paymentAllocations.amountMinor,
        })
        .from(paymentAllocations)
        .innerJoin(charges, eq(charges.id, paymentAllocations.chargeId))
        .where(eq(paymentAllocations.paymentId, payment.id))
        .orderBy(asc(charges.createdAt), asc(charges.id)),
    () => outstandingAfter(tx, payment),
    () => priorPrints(tx, RECEIPT_PRINT_ACTION, payment.id, { visitId: payment.visitId }),
    () => documentContext(tx),
  ]);
  if (!visit || !patient) throw new Error('payment without its visit or patient');
  await recordAudit(tx, actor.ctx, {
    action: RECEIPT_PRINT_ACTION,
    entityType: 'payment',
    entityId: payment.id,
    patientId: payment.patientId,
    visitId: payment.visitId,
    metadata: { receiptNumber: payment.receiptNumber, format, copy: copies + 1 },
  });
  return {
    context,
    reprint: copies > 0,
    receipt: {
      currency: context.currency,
      timeZone: context.timeZone,
      receiptNumber: payment.receiptNumber,
      issuedAt: payment.receivedAt,
      // Gateway payments have no cashier: the webhook confirmed them.
      cashierName: cashier?.name ?? 'Online payment gateway',
      patient: { name: patientName(patient), mrn: patient.mrn },
      visitNumber: visit.number,
      method: payment.method,
      reference: payment.reference,
      amount: payment.amountMinor,
      allocations,
      balanceAfter,
    },
  };
}
