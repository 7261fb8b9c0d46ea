import { allocatePayment, type PaymentAllocation, type PaymentMethod } from '@modern-emr/domain';
import type { Tx } from '../../db/database';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { nextDocumentNumber } from '../numbering';
import { paymentAllocations, payments } from './billing.schema';
import { clinicYear } from './clinic-year.service';
import { recomputeVisitBilling, type VisitBilling } from './visit-billing.service';
import { creditWallet, debitWallet } from './wallet.service';

export interface PaymentToRecord {
  /** The visit's billing, read after `lockVisit` in this same transaction. */
  billing: VisitBilling;
  amount: number;
  method: PaymentMethod;
  reference: string | null;
  /** Null for a gateway payment: the money is in the settlement account, not a cashier's drawer. */
  cashierId: string | null;
  shiftId: string | null;
  /** Charges the payer picked: they are paid first, then the rest oldest first. */
  chargeIds?: readonly string[];
  receivedAt: Date;
  ctx: AuditContext;
  /** Facts only the caller knows (e.g. the gateway's online payment id), added to the audit entry. */
  auditExtra?: Record<string, unknown>;
}

export interface RecordedPayment {
  payment: typeof payments.$inferSelect;
  allocations: PaymentAllocation[];
  applied: number;
  walletCredit: number;
  /** The visit's billing after the payment, with its stored statuses recomputed. */
  after: VisitBilling;
}

// spec: BILL-PAY-1, BILL-OVERPAY-1
/**
 * The one place a visit payment's money rules live, for counter and gateway payments alike:
 * allocation over what each charge still owes, a number from the gapless receipt series, the
 * allocation rows, a WALLET payment's debit, any overpayment credited to the wallet, the recomputed
 * visit status and the audit entry. Whether the payment may be taken at all is the caller's call.
 */
export async function recordPayment(tx: Tx, p: PaymentToRecord): Promise<RecordedPayment> {
  const { visit } = p.billing;
  const { allocations, leftover } = allocatePayment(p.billing.result.charges, p.amount, p.chargeIds);
  const applied = p.amount - leftover;
  const receiptNumber = await nextDocumentNumber(tx, 'receipt', await clinicYear(tx, p.receivedAt));
  const [payment] = await tx
    .insert(payments)
    .values({
      visitId: visit.id,
      patientId: visit.patientId,
      method: p.method,
      amountMinor: p.amount,
      appliedMinor: applied,
      walletCreditMinor: leftover,
      reference: p.reference,
      receiptNumber,
      cashierId: p.cashierId,
      shiftId: p.shiftId,
      receivedAt: p.receivedAt,
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
    createdBy: p.cashierId,
    shiftId: p.shiftId,
  };
  if (p.method === 'WALLET') await debitWallet(tx, { ...movement, amount: p.amount });
  if (leftover > 0) {
    await creditWallet(tx, {
      ...movement,
      amount: leftover,
      kind: 'OVERPAYMENT',
      method: p.method,
      reference: p.reference,
    });
  }
  const after = await recomputeVisitBilling(tx, visit.id);
  await recordAudit(tx, p.ctx, {
    action: 'payment.create',
    entityType: 'payment',
    entityId: payment.id,
    patientId: visit.patientId,
    visitId: visit.id,
    metadata: {
      receiptNumber,
      method: p.method,
      amount: p.amount,
      applied,
      walletCredit: leftover,
      reference: p.reference,
      chargeIds: allocations.map((a) => a.chargeId),
      paymentStatus: after.paymentStatus,
      ...p.auditExtra,
    },
  });
  return { payment, allocations, applied, walletCredit: leftover, after };
}
