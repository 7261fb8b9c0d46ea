import {
  assertVisitTransition,
  type CloseVisitRefusal,
  closeVisitRefusal,
  type Visit,
} from '@modern-emr/domain';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { recomputeVisitBilling, refunds } from '../billing';
import { consultations } from '../consultation';
import { lockVisit, visitClosed, visits } from '../visit-records';
import { readVisit } from './visit-view';

function refusalError(refusal: CloseVisitRefusal, outstanding: number): AppError {
  switch (refusal) {
    case 'VISIT_CLOSED':
      return visitClosed();
    case 'CONSULTATION_REQUIRED':
      return new AppError('CONSULTATION_REQUIRED', 'Complete the consultation before closing the visit');
    case 'INSURANCE_PENDING':
      return new AppError('INSURANCE_PENDING', 'The HMO has not yet approved or rejected the cover');
    case 'OUTSTANDING_BALANCE':
      return new AppError(
        'OUTSTANDING_BALANCE',
        'The patient still owes money: take payment, or ask a cashier to defer the balance',
        { outstanding },
      );
  }
}

/**
 * A closed visit's rows are frozen by the database, so a refund still awaiting approval could then be
 * neither approved nor rejected. Read under the visit lock, which refund requests take too.
 */
async function refuseWhileRefundPending(tx: Tx, visitId: string): Promise<void> {
  const pending = await tx
    .select({ id: refunds.id })
    .from(refunds)
    .where(and(eq(refunds.visitId, visitId), eq(refunds.status, 'PENDING_APPROVAL')));
  if (pending.length > 0) {
    throw new AppError(
      'REFUND_PENDING',
      'A refund on this visit awaits an administrator: approve or reject it before closing the visit',
      { refundIds: pending.map((r) => r.id) },
    );
  }
}

// spec: VISIT-CLOSE-1, VISIT-CLOSE-2
/**
 * OPEN → CLOSED, by a DOCTOR (docs/spec/visit-rules.md): a completed consultation, no cover awaiting the HMO,
 * nothing owed unless a cashier deferred it, and no refund awaiting approval. Decided under the visit
 * lock on a freshly recomputed bill, so a payment or charge committed a moment earlier counts.
 */
export async function closeVisit(db: Db, visitId: string, now: Date, ctx: AuditContext): Promise<Visit> {
  return inTransaction(db, async (tx) => {
    const locked = await lockVisit(tx, visitId);
    if (locked.status === 'CLOSED') throw visitClosed();
    const billing = await recomputeVisitBilling(tx, visitId);
    const { visit } = billing;
    const [consultation] = await tx
      .select({ status: consultations.status })
      .from(consultations)
      .where(eq(consultations.visitId, visitId));
    const { outstanding } = billing.result.summary;
    const refusal = closeVisitRefusal({
      status: visit.status,
      consultationCompleted: consultation?.status === 'COMPLETED',
      insuranceStatus: billing.insurance?.status ?? null,
      outstanding,
      balanceDeferred: visit.deferredAt !== null,
    });
    if (refusal) throw refusalError(refusal, outstanding);
    await refuseWhileRefundPending(tx, visitId);
    assertVisitTransition(visit.status, 'CLOSED');
    await tx
      .update(visits)
      .set({ status: 'CLOSED', closedAt: now, closedBy: ctx.actorId, updatedAt: now })
      .where(eq(visits.id, visitId));
    await recordAudit(tx, ctx, {
      action: 'visit.close',
      entityType: 'visit',
      entityId: visitId,
      patientId: visit.patientId,
      visitId,
      metadata: {
        paymentStatus: visit.paymentStatus,
        outstanding,
        balanceDeferred: visit.deferredAt !== null,
      },
    });
    return readVisit(tx, visitId);
  });
}

/**
 * A CASHIER or ADMIN lets the patient leave owing, with a reason; the doctor may then close the visit.
 * Only a balance that exists can be deferred, so nobody pre-approves debts that do not exist yet.
 * A second deferral replaces the first (both are in the audit log).
 */
export async function deferBalance(
  db: Db,
  visitId: string,
  reason: string,
  now: Date,
  ctx: AuditContext,
): Promise<Visit> {
  return inTransaction(db, async (tx) => {
    const locked = await lockVisit(tx, visitId);
    if (locked.status === 'CLOSED') throw visitClosed();
    const billing = await recomputeVisitBilling(tx, visitId);
    const { outstanding } = billing.result.summary;
    if (outstanding <= 0) {
      throw new AppError('CONFLICT', 'Nothing is outstanding on this visit', { outstanding });
    }
    await tx
      .update(visits)
      .set({ deferredAt: now, deferredBy: ctx.actorId, deferralReason: reason, updatedAt: now })
      .where(eq(visits.id, visitId));
    await recordAudit(tx, ctx, {
      action: 'visit.defer_balance',
      entityType: 'visit',
      entityId: visitId,
      patientId: locked.patientId,
      visitId,
      metadata: { reason, outstanding, replacesEarlier: locked.deferredAt !== null },
    });
    return readVisit(tx, visitId);
  });
}
