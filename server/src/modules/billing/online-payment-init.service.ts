import { randomBytes } from 'node:crypto';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/app-error';
import { recordAudit } from '../audit';
import { getSettings } from '../settings';
import { lockVisit } from '../visit-records';
import type { Actor } from './actor';
import { onlinePayments } from './billing.schema';
import type { OnlinePaymentInitRequest, OnlinePaymentView } from './online-payment.types';
import { readVisitBilling } from './visit-billing.service';

/** 20 random bytes: unguessable, and within the gateway's reference alphabet (letters, digits, dashes). */
function newReference(): string {
  return `EMR-${randomBytes(20).toString('hex')}`;
}

/**
 * Records a gateway transaction for part or all of what the visit owes. No money moves here: it is
 * INITIALISED until the gateway's signed webhook confirms it. In a deployment with outside network
 * this is where the server would call the gateway's "initialize transaction" API with the reference
 * and amount, and hand its authorisation URL to the patient.
 */
export async function initialiseOnlinePayment(
  tx: Tx,
  visitId: string,
  request: OnlinePaymentInitRequest,
  actor: Actor,
): Promise<OnlinePaymentView> {
  const visit = await lockVisit(tx, visitId);
  if (visit.status === 'CLOSED')
    throw new AppError('VISIT_CLOSED', 'The visit is closed; it takes no payments');
  const { result } = await readVisitBilling(tx, visit);
  if (result.summary.outstanding <= 0) {
    throw new AppError('AMOUNT_EXCEEDS_OUTSTANDING', 'Nothing is owed on this visit', {
      outstanding: result.summary.outstanding,
    });
  }
  const [row] = await tx
    .insert(onlinePayments)
    .values({
      reference: newReference(),
      visitId,
      patientId: visit.patientId,
      amountMinor: request.amount,
      initialisedBy: actor.userId,
    })
    .returning();
  if (!row) throw new Error('online payment insert returned no row');
  await recordAudit(tx, actor.ctx, {
    action: 'online_payment.initialise',
    entityType: 'online_payment',
    entityId: row.id,
    patientId: visit.patientId,
    visitId,
    metadata: { reference: row.reference, amount: row.amountMinor },
  });
  const { currency } = await getSettings(tx);
  return {
    id: row.id,
    reference: row.reference,
    visitId,
    amount: row.amountMinor,
    currency,
    status: row.status,
    authorizationUrl: null,
    createdAt: row.createdAt.toISOString(),
  };
}
