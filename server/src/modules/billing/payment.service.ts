import { allocatePayment, type PaymentCreated, type PaymentRequest } from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/app-error';
import { recordAudit } from '../audit/audit.service';
import { users } from '../identity/identity.schema';
import { nextDocumentNumber } from '../numbering/numbering.service';
import { requireOpenShift } from '../till/open-shift';
import { creditWallet, debitWallet } from '../wallet/wallet.service';
import type { Actor } from './actor';
import { paymentAllocations, payments } from './billing.schema';
import { visitMoneyState } from './billing-views';
import { clinicYear } from './clinic-year';
import {
  lockVisit,
  readVisitBilling,
  recomputeVisitBilling,
  type VisitBilling,
} from './visit-billing.service';

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
 * Takes one counter payment, inside the caller's (idempotent) transaction: visit lock, open shift,
 * allocation over what each charge still owes (picked charges first, then oldest first), the
 * receipt number, the allocations, the wallet movements, the recomputed status and the audit row
 * all commit together or not at all.
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

  const { allocations, leftover } = allocatePayment(before.result.charges, request.amount, picked);
  const applied = request.amount - leftover;
  const receiptNumber = await nextDocumentNumber(tx, 'receipt', await clinicYear(tx, now));
  const [payment] = await tx
    .insert(payments)
    .values({
      visitId,
      patientId: visit.patientId,
      method: request.method,
      amountMinor: request.amount,
      appliedMinor: applied,
      walletCreditMinor: leftover,
      reference: request.reference ?? null,
      receiptNumber,
      cashierId: actor.userId,
      shiftId: shift.id,
      receivedAt: now,
    })
    .returning();
  if (!payment) throw new Error('payment insert returned no row');
  if (allocations.length > 0) {
    await tx
      .insert(paymentAllocations)
      .values(
        allocations.map((a) => ({ paymentId: payment.id, chargeId: a.chargeId, amountMinor: a.amount })),
      );
  }
  const movement = {
    patientId: visit.patientId,
    paymentId: payment.id,
    createdBy: actor.userId,
    shiftId: shift.id,
  };
  if (request.method === 'WALLET') await debitWallet(tx, { ...movement, amount: request.amount });
  if (leftover > 0) {
    await creditWallet(tx, {
      ...movement,
      amount: leftover,
      kind: 'OVERPAYMENT',
      method: request.method,
      ...(request.reference ? { reference: request.reference } : {}),
    });
  }
  const after = await recomputeVisitBilling(tx, visitId);
  await recordAudit(tx, actor.ctx, {
    action: 'payment.create',
    entityType: 'payment',
    entityId: payment.id,
    patientId: visit.patientId,
    visitId,
    metadata: {
      receiptNumber,
      method: request.method,
      amount: request.amount,
      applied,
      walletCredit: leftover,
      chargeIds: allocations.map((a) => a.chargeId),
    },
  });
  const [cashier] = await tx.select({ name: users.fullName }).from(users).where(eq(users.id, actor.userId));
  return {
    id: payment.id,
    visitId,
    patientId: visit.patientId,
    receiptNumber,
    method: payment.method,
    amount: payment.amountMinor,
    applied,
    walletCredit: leftover,
    reference: payment.reference,
    receivedAt: payment.receivedAt.toISOString(),
    cashierName: cashier?.name ?? null,
    refunded: 0,
    refundPending: 0,
    refundable: applied,
    allocations,
    visit: visitMoneyState(after),
  };
}
