import type { PaymentCreated, PaymentRequest } from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/app-error';
import { users } from '../identity';
import { requireOpenShift } from '../till';
import { lockVisit } from '../visit-records';
import type { Actor } from './actor';
import { visitMoneyState } from './billing-views';
import { recordPayment } from './record-payment.service';
import { readVisitBilling, type VisitBilling } from './visit-billing.service';

/** Picked charges must be on this visit (404) and still ask for money (not waived or voided: 409). */
function checkPicks(billing: VisitBilling, picked: readonly string[]): void {
  for (const chargeId of picked) {
    const charge = billing.result.charges.find((c) => c.id === chargeId);
    if (!charge) throw new AppError('NOT_FOUND', 'A picked charge is not on this visit', { chargeId });
    if (charge.status === 'WAIVED' || charge.status === 'VOIDED') {
      throw new AppError(
        'CONFLICT',
        `A picked charge is ${charge.status.toLowerCase()} and takes no payment`,
        {
          chargeId,
          status: charge.status,
        },
      );
    }
  }
}

/**
 * What a payment may be, given what the visit owes now (read under the visit lock). Money is taken
 * only towards a debt: with nothing owed the cashier takes a wallet deposit instead, and a WALLET
 * payment may not exceed the debt (moving credit out of the wallet only to put it back is noise).
 */
function checkAmount(request: PaymentRequest, outstanding: number): void {
  if (outstanding <= 0) {
    throw new AppError(
      'AMOUNT_EXCEEDS_OUTSTANDING',
      'Nothing is owed on this visit; take a wallet deposit instead',
      { outstanding },
    );
  }
  if (request.method === 'WALLET' && request.amount > outstanding) {
    throw new AppError('AMOUNT_EXCEEDS_OUTSTANDING', 'A wallet payment cannot exceed what is owed', {
      outstanding,
    });
  }
}

/**
 * Takes one counter payment, inside the caller's (idempotent) transaction: under the visit lock it
 * checks the visit is open, the cashier has an open shift and the picks and amount make sense, then
 * records the payment with the shared money rules; all of it commits together or not at all.
 */
export async function takePayment(
  tx: Tx,
  visitId: string,
  request: PaymentRequest,
  actor: Actor,
  now: Date,
): Promise<PaymentCreated> {
  const visit = await lockVisit(tx, visitId);
  if (visit.status === 'CLOSED')
    throw new AppError('VISIT_CLOSED', 'The visit is closed; it takes no payments');
  const shift = await requireOpenShift(tx, actor.userId);
  const before = await readVisitBilling(tx, visit);
  const picked = request.chargeIds ?? [];
  checkPicks(before, picked);
  checkAmount(request, before.result.summary.outstanding);

  const recorded = await recordPayment(tx, {
    billing: before,
    amount: request.amount,
    method: request.method,
    reference: request.reference ?? null,
    cashierId: actor.userId,
    shiftId: shift.id,
    chargeIds: picked,
    receivedAt: now,
    ctx: actor.ctx,
  });
  const { payment, applied, walletCredit, allocations } = recorded;
  const [cashier] = await tx.select({ name: users.fullName }).from(users).where(eq(users.id, actor.userId));
  return {
    id: payment.id,
    visitId,
    patientId: visit.patientId,
    receiptNumber: payment.receiptNumber,
    method: payment.method,
    amount: payment.amountMinor,
    applied,
    walletCredit,
    reference: payment.reference,
    receivedAt: payment.receivedAt.toISOString(),
    cashierName: cashier?.name ?? null,
    refunded: 0,
    refundPending: 0,
    refundable: applied,
    allocations,
    visit: visitMoneyState(recorded.after),
  };
}
