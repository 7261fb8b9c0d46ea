import { consultationGate, renderGate } from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db, Tx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import type { Gate } from '../../http/access';
import { AppError, notFound } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { auditContextOf, recordAudit } from '../audit';
import { charges } from '../billing';
import { paymentNotCleared, visitClosed, visits } from '../visit-records';

/*
 * Gates give the early answer, before the request's transaction starts. A visit can close, or a
 * charge lose its settlement, between the gate and the write, so services re-check under lockVisit.
 */

function visitIdOf(request: FastifyRequest): string {
  const id = (request.params as { id?: unknown }).id;
  if (typeof id !== 'string') throw new Error('visit gates need an :id route parameter naming a visit');
  return id;
}

async function gateVisit(db: Db, request: FastifyRequest) {
  const [visit] = await db
    .select({ status: visits.status, paymentStatus: visits.paymentStatus, emergency: visits.emergency })
    .from(visits)
    .where(eq(visits.id, visitIdOf(request)));
  if (!visit) throw notFound('visit');
  return visit;
}

/** `visitOpen`: the route's `:id` is a visit (404) that is still OPEN (409 VISIT_CLOSED). */
function visitOpenGate(db: Db): Gate {
  return async (request) => {
    const visit = await gateVisit(db, request);
    if (visit.status === 'CLOSED') throw visitClosed();
  };
}

/**
 * `paymentCleared`: the visit is PAID, INSURANCE_CLAIMED or SETTLED, or an emergency; otherwise
 * 403 PAYMENT_NOT_CLEARED with the current paymentStatus. The emergency bypass is audited by the
 * service, in the transaction that acts on it.
 */
function paymentClearedGate(db: Db): Gate {
  return async (request) => {
    const decision = consultationGate(await gateVisit(db, request));
    if (!decision.allowed) throw paymentNotCleared(decision.paymentStatus);
  };
}

/**
 * Rendering an order: a service billed BEFORE needs its own charge settled (paid, covered by an
 * approved HMO authorisation, or waived); AFTER may be rendered first; an emergency visit bypasses
 * the check and the bypass is audited as `payment_gate.bypass`. Call under lockVisit in the write's
 * transaction to re-check (each call that lets an emergency through records its own bypass).
 */
export async function enforceChargeSettled(tx: Tx, chargeId: string, ctx: AuditContext): Promise<void> {
  const [charge] = await tx
    .select({
      billTiming: charges.billTiming,
      settled: charges.settled,
      visitId: charges.visitId,
      patientId: charges.patientId,
      emergency: visits.emergency,
    })
    .from(charges)
    .innerJoin(visits, eq(visits.id, charges.visitId))
    .where(eq(charges.id, chargeId));
  if (!charge) throw notFound('charge');
  const decision = renderGate({
    billTiming: charge.billTiming,
    chargeSettled: charge.settled,
    emergency: charge.emergency,
  });
  if (!decision.allowed) {
    throw new AppError('PAYMENT_NOT_CLEARED', 'This service must be paid for before it is performed', {
      reason: decision.reason,
      chargeId,
    });
  }
  if (decision.bypassed) {
    await recordAudit(tx, ctx, {
      action: 'payment_gate.bypass',
      entityType: 'charge',
      entityId: chargeId,
      patientId: charge.patientId,
      visitId: charge.visitId,
      metadata: { gate: 'chargeSettled', chargeId },
    });
  }
}

/**
 * A `chargeSettled` gate for routes that render an order; `resolveChargeId` finds the order's charge
 * from the request (null: the order has none, 404). Register it under a name added to GATE_NAMES
 * (http/gate-names.ts): `app.gates.set('labOrderChargeSettled', chargeSettledGate(db, ...))`.
 */
export function chargeSettledGate(
  db: Db,
  resolveChargeId: (request: FastifyRequest) => Promise<string | null>,
): Gate {
  return async (request) => {
    const chargeId = await resolveChargeId(request);
    if (chargeId === null) throw notFound('charge for this order');
    await inTransaction(db, (tx) => enforceChargeSettled(tx, chargeId, auditContextOf(request)));
  };
}

/** The visit gates every visit-scoped route may declare by name. */
export function registerVisitGates(app: FastifyInstance, db: Db): void {
  app.gates.set('visitOpen', visitOpenGate(db));
  app.gates.set('paymentCleared', paymentClearedGate(db));
}
