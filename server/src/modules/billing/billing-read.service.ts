import {
  isCleared,
  type PaymentAllocationView,
  type PaymentDetail,
  type VisitBillingView,
} from '@modern-emr/domain';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { notFound } from '../../http/app-error';
import { visits } from '../visit-records';
import { charges, paymentAllocations, payments, refunds } from './billing.schema';
import { chargeView, readPaymentViews, readRefundViews } from './billing-views';
import { readVisitBilling } from './visit-billing.service';

/** The cashier's view of a visit's bill: summary, per-charge settlement, payments and refunds. */
export async function getVisitBillingView(db: Db, visitId: string): Promise<VisitBillingView> {
  return inTransaction(db, async (tx) => {
    const [visit] = await tx.select().from(visits).where(eq(visits.id, visitId));
    if (!visit) throw notFound('visit');
    const billing = await readVisitBilling(tx, visit);
    const computed = new Map(billing.result.charges.map((c) => [c.id, c]));
    const paymentViews = await readPaymentViews(tx, eq(payments.visitId, visitId));
    const refundViews = await readRefundViews(tx, eq(refunds.visitId, visitId));
    return {
      visitId: visit.id,
      visitNumber: visit.number,
      visitStatus: visit.status,
      payer: visit.payer,
      emergency: visit.emergency,
      summary: billing.result.summary,
      paymentStatus: billing.paymentStatus,
      paymentCleared: isCleared(billing.paymentStatus),
      charges: billing.chargeRows.map((row) => chargeView(row, computed.get(row.id))),
      payments: paymentViews,
      refunds: refundViews,
    };
  });
}

/** One payment with how it was allocated and every refund against it. */
export async function getPaymentDetail(db: Db, paymentId: string): Promise<PaymentDetail> {
  return inTransaction(db, async (tx) => {
    const [payment] = await readPaymentViews(tx, eq(payments.id, paymentId));
    if (!payment) throw notFound('payment');
    const allocations: PaymentAllocationView[] = await tx
      .select({ chargeId: paymentAllocations.chargeId, amount: paymentAllocations.amountMinor })
      .from(paymentAllocations)
      .innerJoin(charges, eq(charges.id, paymentAllocations.chargeId))
      .where(eq(paymentAllocations.paymentId, paymentId))
      .orderBy(asc(charges.createdAt), asc(charges.id));
    const refundViews = await readRefundViews(tx, eq(refunds.paymentId, paymentId));
    return { ...payment, allocations, refunds: refundViews };
  });
}
