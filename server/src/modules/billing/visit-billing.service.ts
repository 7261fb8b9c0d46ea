import {
  type BillingResult,
  type ChargeStatus,
  computeBilling,
  type VisitInsurance,
  type VisitPaymentStatus,
  visitPaymentStatus,
} from '@modern-emr/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { notFound } from '../../http/app-error';
import { type InsuranceRow, type VisitRow, visitInsurance, visits } from '../visit-records';
import { charges, paymentAllocations, payments, refunds } from './billing.schema';

export type ChargeRow = typeof charges.$inferSelect;

export interface VisitBilling {
  visit: VisitRow;
  insurance: InsuranceRow | null;
  chargeRows: ChargeRow[];
  result: BillingResult;
  paymentStatus: VisitPaymentStatus;
}

function toInsurance(row: InsuranceRow | null): VisitInsurance | null {
  if (!row) return null;
  return {
    status: row.status,
    coverage: row.coverage,
    coveragePercent: row.coveragePercent,
    approvedAmount: row.approvedMinor,
  };
}

/** A visit's money rows as read from the database (allocations summed per charge). */
export interface BillingRows {
  chargeRows: readonly ChargeRow[];
  allocated: readonly { chargeId: string; total: string }[];
  paid: readonly { amount: number }[];
  refunded: readonly { amount: number }[];
  insurance: InsuranceRow | null;
}

/** The billing engine run over database rows: the one mapping from columns to the engine's input. */
export function billingOfRows(rows: BillingRows): BillingResult {
  const allocatedByCharge = new Map(rows.allocated.map((a) => [a.chargeId, Number(a.total)]));
  return computeBilling({
    charges: rows.chargeRows.map((c) => ({
      id: c.id,
      amount: c.amountMinor,
      status: c.status,
      createdAt: c.createdAt,
      allocated: allocatedByCharge.get(c.id) ?? 0,
    })),
    payments: rows.paid,
    refunds: rows.refunded,
    insurance: toInsurance(rows.insurance),
  });
}

/** The billing engine's view of a visit, read from the database (no writes). */
export async function readVisitBilling(db: Db | Tx, visit: VisitRow): Promise<VisitBilling> {
  // One query after another: inside a transaction they share one connection, and node-postgres
  // deprecates overlapping queries on a client (pg 9 drops them).
  const insuranceRows = await db.select().from(visitInsurance).where(eq(visitInsurance.visitId, visit.id));
  const chargeRows = await db
    .select()
    .from(charges)
    .where(eq(charges.visitId, visit.id))
    .orderBy(asc(charges.createdAt), asc(charges.id));
  const allocated = await db
    .select({
      chargeId: paymentAllocations.chargeId,
      total: sql<string>`sum(${paymentAllocations.amountMinor})`,
    })
    .from(paymentAllocations)
    .innerJoin(charges, eq(charges.id, paymentAllocations.chargeId))
    .where(eq(charges.visitId, visit.id))
    .groupBy(paymentAllocations.chargeId);
  const paid = await db
    .select({ amount: payments.appliedMinor })
    .from(payments)
    .where(eq(payments.visitId, visit.id));
  const refunded = await db
    .select({ amount: refunds.amountMinor })
    .from(refunds)
    .where(and(eq(refunds.visitId, visit.id), eq(refunds.status, 'COMPLETED')));
  const insurance = insuranceRows[0] ?? null;
  const result = billingOfRows({ chargeRows, allocated, paid, refunded, insurance });
  const paymentStatus = visitPaymentStatus(
    result.summary,
    insurance?.status ?? null,
    insurance?.remittedAt != null,
  );
  return { visit, insurance, chargeRows, result, paymentStatus };
}

// spec: BILL-STATUS-1
/**
 * Recomputes the visit's bill and stores what is derived from it — each charge's status, shares and
 * `settled`, and the visit's paymentStatus, net, patient share and outstanding — in the caller's
 * transaction. Call it after every change to charges, payments, refunds, waivers or cover, with the
 * visit locked (`lockVisit`), so the stored status is never stale.
 */
export async function recomputeVisitBilling(tx: Tx, visitId: string): Promise<VisitBilling> {
  const [visit] = await tx.select().from(visits).where(eq(visits.id, visitId));
  if (!visit) throw notFound('visit');
  const billing = await readVisitBilling(tx, visit);
  const now = new Date();
  const stored = new Map(billing.chargeRows.map((c) => [c.id, c]));
  for (const c of billing.result.charges) {
    const row = stored.get(c.id);
    if (!row) continue;
    const status: ChargeStatus = c.status;
    if (
      row.status !== status ||
      row.hmoShareMinor !== c.hmoShare ||
      row.patientShareMinor !== c.patientShare ||
      row.settled !== c.settled
    ) {
      await tx
        .update(charges)
        .set({
          status,
          hmoShareMinor: c.hmoShare,
          patientShareMinor: c.patientShare,
          settled: c.settled,
          updatedAt: now,
        })
        .where(eq(charges.id, c.id));
      Object.assign(row, {
        status,
        hmoShareMinor: c.hmoShare,
        patientShareMinor: c.patientShare,
        settled: c.settled,
      });
    }
  }
  const { summary } = billing.result;
  if (
    visit.paymentStatus !== billing.paymentStatus ||
    visit.netMinor !== summary.net ||
    visit.patientShareMinor !== summary.patientShare ||
    visit.outstandingMinor !== summary.outstanding
  ) {
    const [updated] = await tx
      .update(visits)
      .set({
        paymentStatus: billing.paymentStatus,
        netMinor: summary.net,
        patientShareMinor: summary.patientShare,
        outstandingMinor: summary.outstanding,
        updatedAt: now,
      })
      .where(eq(visits.id, visitId))
      .returning();
    if (updated) billing.visit = updated;
  }
  return billing;
}
