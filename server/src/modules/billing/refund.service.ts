import {
  type Page,
  pageOffset,
  type RefundChanged,
  type RefundListQuery,
  type RefundRequest,
  type RefundView,
} from '@modern-emr/domain';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { AppError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit';
import { nextDocumentNumber } from '../numbering';
import { getSettings } from '../settings';
import { findOpenShift, requireOpenShift } from '../till';
import { lockVisit } from '../visit-records';
import type { Actor } from './actor';
import { payments, refunds } from './billing.schema';
import { readRefundViews, visitMoneyState } from './billing-views';
import { clinicYear } from './clinic-year.service';
import { recomputeVisitBilling } from './visit-billing.service';
import { creditWallet } from './wallet.service';

type PaymentRow = typeof payments.$inferSelect;

/** Locks the payment's visit (every change to a visit's money takes it first) and checks it is open. */
async function lockOpenVisitOf(tx: Tx, visitId: string) {
  const visit = await lockVisit(tx, visitId);
  if (visit.status === 'CLOSED')
    throw new AppError('VISIT_CLOSED', 'The visit is closed; its payments cannot be refunded');
  return visit;
}

/** What may still be refunded of a payment: its applied amount less COMPLETED and pending refunds. */
async function refundableOf(tx: Tx, payment: PaymentRow): Promise<number> {
  const [row] = await tx
    .select({ total: sql<string>`coalesce(sum(${refunds.amountMinor}), 0)` })
    .from(refunds)
    .where(
      and(eq(refunds.paymentId, payment.id), inArray(refunds.status, ['COMPLETED', 'PENDING_APPROVAL'])),
    );
  return payment.appliedMinor - Number(row?.total ?? 0);
}

/**
 * The money actually leaves: the refund gets its RFD number; a WALLET payment's refund goes back
 * into the wallet, any other is handed out of the till of `shiftId` (the end-of-day count uses it).
 */
async function payOut(
  tx: Tx,
  payment: PaymentRow,
  amount: number,
  by: string,
  shiftId: string | null,
  now: Date,
): Promise<string> {
  const refundNumber = await nextDocumentNumber(tx, 'refund', await clinicYear(tx, now));
  if (payment.method === 'WALLET') {
    await creditWallet(tx, {
      patientId: payment.patientId,
      amount,
      kind: 'REFUND',
      paymentId: payment.id,
      createdBy: by,
      shiftId,
    });
  }
  return refundNumber;
}

async function view(tx: Tx, refundId: string) {
  const [refund] = await readRefundViews(tx, eq(refunds.id, refundId));
  if (!refund) throw new Error(`refund ${refundId} vanished`);
  return refund;
}

// spec: BILL-REFUND-1
/**
 * A cashier's refund of part or all of a payment. At or below the clinic's threshold it completes at
 * once, paid out of the cashier's open shift; above it waits for an administrator and counts nowhere.
 */
export async function requestRefund(
  tx: Tx,
  paymentId: string,
  request: RefundRequest,
  actor: Actor,
  now: Date,
): Promise<RefundChanged> {
  const [located] = await tx.select().from(payments).where(eq(payments.id, paymentId));
  if (!located) throw notFound('payment');
  const visit = await lockOpenVisitOf(tx, located.visitId);
  const refundable = await refundableOf(tx, located);
  if (request.amount > refundable) {
    throw new AppError('REFUND_EXCEEDS_PAYMENT', 'The refund is more than what is left of the payment', {
      refundable,
    });
  }
  const { refundApprovalThresholdMinor } = await getSettings(tx);
  const immediate = request.amount <= refundApprovalThresholdMinor;
  const shift = immediate ? await requireOpenShift(tx, actor.userId) : null;
  const refundNumber = shift ? await payOut(tx, located, request.amount, actor.userId, shift.id, now) : null;
  const [inserted] = await tx
    .insert(refunds)
    .values({
      paymentId,
      visitId: visit.id,
      amountMinor: request.amount,
      reason: request.reason,
      status: shift ? 'COMPLETED' : 'PENDING_APPROVAL',
      refundNumber,
      requestedBy: actor.userId,
      requestedAt: now,
      // No approval was needed: completed when asked, decided by nobody.
      decidedAt: shift ? now : null,
      shiftId: shift?.id ?? null,
    })
    .returning({ id: refunds.id });
  if (!inserted) throw new Error('refund insert returned no row');
  const billing = await recomputeVisitBilling(tx, visit.id);
  await recordAudit(tx, actor.ctx, {
    action: 'refund.create',
    entityType: 'refund',
    entityId: inserted.id,
    patientId: visit.patientId,
    visitId: visit.id,
    metadata: {
      paymentId,
      receiptNumber: located.receiptNumber,
      amount: request.amount,
      status: shift ? 'COMPLETED' : 'PENDING_APPROVAL',
      refundNumber,
      reason: request.reason,
    },
  });
  return { ...(await view(tx, inserted.id)), visit: visitMoneyState(billing) };
}

/** Approves (COMPLETED, numbered, money out) or rejects a refund waiting for an administrator. */
export async function decideRefund(
  db: Db,
  refundId: string,
  decision: { to: 'COMPLETED' | 'REJECTED'; note: string | null },
  actor: Actor,
  now: Date,
): Promise<RefundChanged> {
  return inTransaction(db, async (tx) => {
    const [located] = await tx
      .select({ visitId: refunds.visitId })
      .from(refunds)
      .where(eq(refunds.id, refundId));
    if (!located) throw notFound('refund');
    const visit = await lockOpenVisitOf(tx, located.visitId);
    // Re-read under the visit lock: a concurrent decision on the same refund has committed by now.
    const [refund] = await tx.select().from(refunds).where(eq(refunds.id, refundId));
    if (!refund) throw notFound('refund');
    if (refund.status !== 'PENDING_APPROVAL') {
      throw new AppError('INVALID_TRANSITION', `The refund is already ${refund.status.toLowerCase()}`, {
        machine: 'REFUND',
        from: refund.status,
        to: decision.to,
        reason: 'ALREADY_DECIDED',
      });
    }
    const decided = { decidedBy: actor.userId, decidedAt: now, decisionNote: decision.note };
    let refundNumber: string | null = null;
    let shiftId: string | null = null;
    if (decision.to === 'COMPLETED') {
      const [payment] = await tx.select().from(payments).where(eq(payments.id, refund.paymentId));
      if (!payment) throw new Error(`payment ${refund.paymentId} of refund ${refundId} vanished`);
      // The requester's till if it is still open: an approved refund is handed out there.
      shiftId = (await findOpenShift(tx, refund.requestedBy))?.id ?? null;
      refundNumber = await payOut(tx, payment, refund.amountMinor, actor.userId, shiftId, now);
    }
    await tx
      .update(refunds)
      .set({ ...decided, status: decision.to, refundNumber, shiftId })
      .where(eq(refunds.id, refundId));
    const billing = await recomputeVisitBilling(tx, visit.id);
    await recordAudit(tx, actor.ctx, {
      action: decision.to === 'COMPLETED' ? 'refund.approve' : 'refund.reject',
      entityType: 'refund',
      entityId: refundId,
      patientId: visit.patientId,
      visitId: visit.id,
      metadata: { amount: refund.amountMinor, refundNumber, shiftId, note: decision.note },
    });
    return { ...(await view(tx, refundId)), visit: visitMoneyState(billing) };
  });
}

/** Refunds in one status, oldest request first (the approval queue works from the top). */
export async function listRefunds(db: Db, query: RefundListQuery): Promise<Page<RefundView>> {
  return inTransaction(db, async (tx) => {
    const where = eq(refunds.status, query.status);
    const [total] = await tx.select({ n: count() }).from(refunds).where(where);
    const items = await readRefundViews(tx, where, { limit: query.pageSize, offset: pageOffset(query) });
    return { items, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
  });
}
