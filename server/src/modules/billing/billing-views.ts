import {
  type ChargeBilling,
  type ChargeView,
  isCleared,
  type PaymentView,
  type RefundView,
  type VisitMoneyState,
} from '@modern-emr/domain';
import { asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/database';
import { users } from '../identity';
import { payments, refunds } from './billing.schema';
import type { ChargeRow, VisitBilling } from './visit-billing.service';

/** How a charge reads on the wire; the money fields come from the billing engine, not the stored copy. */
export function chargeView(row: ChargeRow, computed: ChargeBilling | undefined): ChargeView {
  return {
    id: row.id,
    visitId: row.visitId,
    serviceCode: row.serviceCode,
    name: row.serviceName,
    department: row.department,
    billTiming: row.billTiming,
    quantity: row.quantity,
    unitPrice: row.unitPriceMinor,
    amount: row.amountMinor,
    hmoShare: computed?.hmoShare ?? row.hmoShareMinor,
    patientShare: computed?.patientShare ?? row.patientShareMinor,
    patientPaid: computed?.patientPaid ?? 0,
    patientDue: computed?.patientDue ?? 0,
    status: computed?.status ?? row.status,
    settled: computed?.settled ?? row.settled,
    rendered: row.renderedAt !== null,
    autoBilled: row.autoBilled,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
  };
}

/** One charge of a freshly read or recomputed bill. */
export function chargeViewOf(billing: VisitBilling, chargeId: string): ChargeView {
  const row = billing.chargeRows.find((c) => c.id === chargeId);
  if (!row) throw new Error(`charge ${chargeId} is not on visit ${billing.visit.id}`);
  return chargeView(
    row,
    billing.result.charges.find((c) => c.id === chargeId),
  );
}

export function visitMoneyState(billing: VisitBilling): VisitMoneyState {
  return {
    id: billing.visit.id,
    paymentStatus: billing.paymentStatus,
    paymentCleared: isCleared(billing.paymentStatus),
    outstanding: billing.result.summary.outstanding,
  };
}

/** Payments matching `where`, oldest first, with their cashier and what has been refunded of each. */
export async function readPaymentViews(db: Db | Tx, where: SQL): Promise<PaymentView[]> {
  const rows = await db
    .select({ payment: payments, cashierName: users.fullName })
    .from(payments)
    .leftJoin(users, eq(users.id, payments.cashierId))
    .where(where)
    .orderBy(asc(payments.receivedAt), asc(payments.receiptNumber));
  if (rows.length === 0) return [];
  const sums = await db
    .select({
      paymentId: refunds.paymentId,
      status: refunds.status,
      total: sql<string>`sum(${refunds.amountMinor})`,
    })
    .from(refunds)
    .where(
      inArray(
        refunds.paymentId,
        rows.map((r) => r.payment.id),
      ),
    )
    .groupBy(refunds.paymentId, refunds.status);
  const sumOf = (paymentId: string, status: RefundView['status']) =>
    Number(sums.find((s) => s.paymentId === paymentId && s.status === status)?.total ?? 0);

  return rows.map(({ payment: p, cashierName }) => {
    const refunded = sumOf(p.id, 'COMPLETED');
    const refundPending = sumOf(p.id, 'PENDING_APPROVAL');
    return {
      id: p.id,
      visitId: p.visitId,
      patientId: p.patientId,
      receiptNumber: p.receiptNumber,
      method: p.method,
      amount: p.amountMinor,
      applied: p.appliedMinor,
      walletCredit: p.walletCreditMinor,
      reference: p.reference,
      receivedAt: p.receivedAt.toISOString(),
      cashierName,
      refunded,
      refundPending,
      refundable: p.appliedMinor - refunded - refundPending,
    };
  });
}

const requester = alias(users, 'refund_requester');
const decider = alias(users, 'refund_decider');

/** Refunds matching `where`, oldest request first, with the payment they return money from. */
export async function readRefundViews(
  db: Db | Tx,
  where: SQL,
  page?: { limit: number; offset: number },
): Promise<RefundView[]> {
  const query = db
    .select({
      refund: refunds,
      receiptNumber: payments.receiptNumber,
      method: payments.method,
      requestedByName: requester.fullName,
      decidedByName: decider.fullName,
    })
    .from(refunds)
    .innerJoin(payments, eq(payments.id, refunds.paymentId))
    .innerJoin(requester, eq(requester.id, refunds.requestedBy))
    .leftJoin(decider, eq(decider.id, refunds.decidedBy))
    .where(where)
    .orderBy(asc(refunds.requestedAt), asc(refunds.id));
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  return rows.map(({ refund: r, ...joined }) => ({
    id: r.id,
    paymentId: r.paymentId,
    visitId: r.visitId,
    receiptNumber: joined.receiptNumber,
    method: joined.method,
    amount: r.amountMinor,
    reason: r.reason,
    status: r.status,
    refundNumber: r.refundNumber,
    requestedAt: r.requestedAt.toISOString(),
    requestedByName: joined.requestedByName,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decidedByName: joined.decidedByName,
    decisionNote: r.decisionNote,
  }));
}
