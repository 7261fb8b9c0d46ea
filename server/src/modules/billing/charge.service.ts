import { type AddChargeRequest, assertChargeTransition, type ChargeChanged } from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { AppError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit';
import { serviceCatalog } from '../catalog';
import { lockVisit, type VisitRow } from '../visit-records';
import type { Actor } from './actor';
import { insertCharge } from './add-charge.service';
import { charges } from './billing.schema';
import { chargeViewOf, visitMoneyState } from './billing-views';
import { readVisitBilling, recomputeVisitBilling } from './visit-billing.service';

function assertOpen(visit: VisitRow): void {
  if (visit.status === 'CLOSED')
    throw new AppError('VISIT_CLOSED', 'The visit is closed; its bill cannot change');
}

/** Adds a catalogue service to an open visit at today's price (catalogue, or the visit's HMO tariff). */
export async function addVisitCharge(
  db: Db,
  visitId: string,
  input: Required<AddChargeRequest>,
  actor: Actor,
): Promise<ChargeChanged> {
  return inTransaction(db, async (tx) => {
    const visit = await lockVisit(tx, visitId);
    assertOpen(visit);
    const [service] = await tx
      .select()
      .from(serviceCatalog)
      .where(eq(serviceCatalog.code, input.serviceCode));
    if (!service) {
      throw new AppError('NOT_FOUND', `No service with code ${input.serviceCode}`, {
        path: 'body.serviceCode',
      });
    }
    const row = await insertCharge(tx, { visit, service, quantity: input.quantity, createdBy: actor.userId });
    const billing = await recomputeVisitBilling(tx, visitId);
    await recordAudit(tx, actor.ctx, {
      action: 'charge.create',
      entityType: 'charge',
      entityId: row.id,
      patientId: visit.patientId,
      visitId,
      metadata: { serviceCode: row.serviceCode, quantity: row.quantity, amount: row.amountMinor },
    });
    return { ...chargeViewOf(billing, row.id), visit: visitMoneyState(billing) };
  });
}

/**
 * Waives or voids a charge with a reason. Both only from PENDING (nothing paid on it: refund first)
 * and a rendered service cannot be voided, only waived — the domain's charge state machine decides,
 * on the status computed now rather than the stored copy.
 */
export async function closeOutCharge(
  db: Db,
  chargeId: string,
  to: 'WAIVED' | 'VOIDED',
  reason: string,
  actor: Actor,
  now: Date,
): Promise<ChargeChanged> {
  return inTransaction(db, async (tx) => {
    const [located] = await tx
      .select({ visitId: charges.visitId })
      .from(charges)
      .where(eq(charges.id, chargeId));
    if (!located) throw notFound('charge');
    const visit = await lockVisit(tx, located.visitId);
    assertOpen(visit);
    const before = await readVisitBilling(tx, visit);
    const current = chargeViewOf(before, chargeId);
    assertChargeTransition(current.status, to, { rendered: current.rendered });
    await tx
      .update(charges)
      .set({ status: to, reason, reasonBy: actor.userId, reasonAt: now, updatedAt: now })
      .where(eq(charges.id, chargeId));
    const billing = await recomputeVisitBilling(tx, visit.id);
    await recordAudit(tx, actor.ctx, {
      action: to === 'WAIVED' ? 'charge.waive' : 'charge.void',
      entityType: 'charge',
      entityId: chargeId,
      patientId: visit.patientId,
      visitId: visit.id,
      metadata: { serviceCode: current.serviceCode, amount: current.amount, reason },
    });
    return { ...chargeViewOf(billing, chargeId), visit: visitMoneyState(billing) };
  });
}
