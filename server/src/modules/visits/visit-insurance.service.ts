import {
  assertInsuranceTransition,
  defaultApprovedAmount,
  type InsuranceApproveRequest,
  type InsuranceCover,
  type InsuranceRemitRequest,
  type VisitInsuranceChanged,
} from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { AppError, notFound } from '../../http/app-error';
import type { AuditContext, AuditEvent } from '../audit';
import { recordAudit } from '../audit';
import { readVisitBilling, recomputeVisitBilling, visitMoneyState } from '../billing';
import {
  type InsuranceRow,
  lockVisit,
  type VisitRow,
  visitClosed,
  visitInsurance,
  visits,
} from '../visit-records';
import { requireActiveProvider } from './hmo-provider-check';
import { readInsuranceView } from './visit-view';

/*
 * Every transition of a visit's HMO cover: under the visit lock, validated by the domain's state
 * machine (PENDING → APPROVED | REJECTED, APPROVED → APPROVED as a top-up), the stored payment
 * status recomputed and the change audited, all in one transaction. Rules: docs/spec/visit-rules.md.
 */

interface Locked {
  visit: VisitRow;
  cover: InsuranceRow;
}

async function lockCover(tx: Tx, visitId: string, options: { closedAllowed: boolean }): Promise<Locked> {
  const visit = await lockVisit(tx, visitId);
  if (visit.status === 'CLOSED' && !options.closedAllowed) throw visitClosed();
  const [cover] = await tx.select().from(visitInsurance).where(eq(visitInsurance.visitId, visitId));
  if (!cover) throw notFound('HMO cover on this visit');
  return { visit, cover };
}

/** Recomputes the bill, audits, and answers with the cover and the visit's new money state. */
async function finish(
  tx: Tx,
  ctx: AuditContext,
  visit: VisitRow,
  event: Pick<AuditEvent, 'action' | 'metadata'>,
): Promise<VisitInsuranceChanged> {
  const billing = await recomputeVisitBilling(tx, visit.id);
  const cover = await readInsuranceView(tx, visit.id);
  if (!cover) throw new Error('cover vanished inside its own transaction');
  await recordAudit(tx, ctx, {
    ...event,
    entityType: 'visit_insurance',
    entityId: cover.id,
    patientId: visit.patientId,
    visitId: visit.id,
    metadata: { ...event.metadata, paymentStatus: billing.paymentStatus },
  });
  return { ...cover, visit: visitMoneyState(billing) };
}

// spec: HMO-COVER-1
/**
 * Puts a cash visit on an HMO: cover PENDING, payer HMO. A visit has one cover, ever (a rejected one
 * is final), so any existing cover is a conflict. Charges already on the bill keep their price.
 */
export async function attachCover(
  db: Db,
  visitId: string,
  input: InsuranceCover,
  now: Date,
  ctx: AuditContext,
): Promise<VisitInsuranceChanged> {
  const actorId = ctx.actorId;
  if (!actorId) throw new Error('attaching cover needs a signed-in user');
  return inTransaction(db, async (tx) => {
    const visit = await lockVisit(tx, visitId);
    if (visit.status === 'CLOSED') throw visitClosed();
    const [existing] = await tx
      .select({ id: visitInsurance.id, status: visitInsurance.status })
      .from(visitInsurance)
      .where(eq(visitInsurance.visitId, visitId));
    if (existing) {
      throw new AppError('CONFLICT', `The visit already has HMO cover (${existing.status})`, {
        insuranceId: existing.id,
        status: existing.status,
      });
    }
    await requireActiveProvider(tx, input.providerId, 'body.providerId');
    await tx
      .insert(visitInsurance)
      .values({ visitId, ...input, createdBy: actorId, createdAt: now, updatedAt: now });
    if (visit.payer !== 'HMO') {
      await tx.update(visits).set({ payer: 'HMO', updatedAt: now }).where(eq(visits.id, visitId));
    }
    return finish(tx, ctx, visit, {
      action: 'insurance.attach',
      metadata: {
        providerId: input.providerId,
        coverage: input.coverage,
        coveragePercent: input.coveragePercent,
        previousPayer: visit.payer,
      },
    });
  });
}

// spec: HMO-COVER-2, HMO-COVER-3
/**
 * PENDING → APPROVED, or a top-up of an APPROVED cover that must raise the amount. Without an amount,
 * the HMO's share of the current net bill is approved; 0 is zero cover.
 */
export async function approveCover(
  db: Db,
  visitId: string,
  input: InsuranceApproveRequest,
  now: Date,
  ctx: AuditContext,
): Promise<VisitInsuranceChanged> {
  return inTransaction(db, async (tx) => {
    const { visit, cover } = await lockCover(tx, visitId, { closedAllowed: false });
    const billing = await readVisitBilling(tx, visit);
    const amount = input.approvedAmount ?? defaultApprovedAmount(billing.result.summary.net, cover);
    const topUp = cover.status === 'APPROVED';
    const previous = cover.approvedMinor ?? 0;
    assertInsuranceTransition(
      cover.status,
      'APPROVED',
      topUp ? { approvedAmount: { current: previous, next: amount } } : {},
    );
    await tx
      .update(visitInsurance)
      .set({
        status: 'APPROVED',
        authorizationCode: input.authorizationCode,
        approvedMinor: amount,
        approvedBy: ctx.actorId,
        approvedAt: now,
        updatedAt: now,
      })
      .where(eq(visitInsurance.id, cover.id));
    return finish(tx, ctx, visit, {
      action: topUp ? 'insurance.top_up' : 'insurance.approve',
      metadata: {
        authorizationCode: input.authorizationCode,
        approvedAmount: amount,
        defaulted: input.approvedAmount === undefined,
        previousAmount: topUp ? previous : null,
        previousAuthorizationCode: topUp ? cover.authorizationCode : null,
      },
    });
  });
}

// spec: HMO-COVER-3
/**
 * PENDING → REJECTED: the whole bill falls to the patient and the visit is billed as cash from now
 * on (payer CASH, so later charges take the catalogue price, not the HMO's tariff).
 */
export async function rejectCover(
  db: Db,
  visitId: string,
  reason: string,
  now: Date,
  ctx: AuditContext,
): Promise<VisitInsuranceChanged> {
  return inTransaction(db, async (tx) => {
    const { visit, cover } = await lockCover(tx, visitId, { closedAllowed: false });
    assertInsuranceTransition(cover.status, 'REJECTED');
    await tx
      .update(visitInsurance)
      .set({
        status: 'REJECTED',
        rejectionReason: reason,
        rejectedBy: ctx.actorId,
        rejectedAt: now,
        updatedAt: now,
      })
      .where(eq(visitInsurance.id, cover.id));
    await tx.update(visits).set({ payer: 'CASH', updatedAt: now }).where(eq(visits.id, visitId));
    return finish(tx, ctx, visit, {
      action: 'insurance.reject',
      metadata: { reason, providerId: cover.providerId },
    });
  });
}

/**
 * The HMO has paid its approved share (INSURANCE_CLAIMED → SETTLED once the patient's share is paid
 * too). Recorded once, also after the visit closed: the database lets exactly this through.
 */
export async function remitCover(
  db: Db,
  visitId: string,
  input: InsuranceRemitRequest,
  now: Date,
  ctx: AuditContext,
): Promise<VisitInsuranceChanged> {
  return inTransaction(db, async (tx) => {
    const { visit, cover } = await lockCover(tx, visitId, { closedAllowed: true });
    if (cover.status !== 'APPROVED') {
      throw new AppError('CONFLICT', `Only approved cover is remitted; this one is ${cover.status}`, {
        status: cover.status,
      });
    }
    if (cover.remittedAt) {
      throw new AppError('CONFLICT', 'The HMO remittance is already recorded', {
        remittedAt: cover.remittedAt.toISOString(),
      });
    }
    const { hmoCovered } = (await readVisitBilling(tx, visit)).result.summary;
    if (hmoCovered === 0) {
      throw new AppError('CONFLICT', 'The HMO owes nothing on this visit', { hmoCovered });
    }
    await tx
      .update(visitInsurance)
      .set({ remittedAt: now, updatedAt: now })
      .where(eq(visitInsurance.id, cover.id));
    return finish(tx, ctx, visit, {
      action: 'insurance.remit',
      metadata: { amount: hmoCovered, reference: input.reference ?? null },
    });
  });
}
