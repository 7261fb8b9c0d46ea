import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { nextDocumentNumber } from '../numbering';
import { getSettings } from '../settings';
import { lockVisit } from '../visit-records';
import { onlinePayments } from './billing.schema';
import { clinicYear } from './clinic-year.service';
import type { PaystackEvent } from './online-payment.types';
import { recordPayment } from './record-payment.service';
import { readVisitBilling } from './visit-billing.service';
import { creditWallet } from './wallet.service';

type OnlinePaymentRow = typeof onlinePayments.$inferSelect;

export type ConfirmOutcome =
  | 'UNKNOWN_REFERENCE'
  | 'ALREADY_SETTLED'
  | 'AMOUNT_MISMATCH'
  | 'PAID'
  | 'CREDITED_TO_WALLET';

/** What is kept of the gateway's payload: ids and money, no customer or card details. */
function gatewayRecord(event: PaystackEvent) {
  const { id, reference, amount, currency, status, channel, paid_at, gateway_response } = event.data;
  return { event: event.event, id, reference, amount, currency, status, channel, paid_at, gateway_response };
}

async function markSucceeded(
  tx: Tx,
  op: OnlinePaymentRow,
  event: PaystackEvent,
  now: Date,
  paymentId: string | null,
) {
  await tx
    .update(onlinePayments)
    .set({ status: 'SUCCEEDED', paymentId, confirmedAt: now, gatewayPayload: gatewayRecord(event) })
    .where(eq(onlinePayments.id, op.id));
}

/**
 * The visit was closed while the patient paid: a closed visit takes no payments (the database
 * refuses them), but the money has arrived, so it goes to the patient's wallet under its own receipt.
 */
async function creditClosedVisit(
  tx: Tx,
  op: OnlinePaymentRow,
  event: PaystackEvent,
  ctx: AuditContext,
  now: Date,
): Promise<'CREDITED_TO_WALLET'> {
  const receiptNumber = await nextDocumentNumber(tx, 'receipt', await clinicYear(tx, now));
  const movement = await creditWallet(tx, {
    patientId: op.patientId,
    amount: op.amountMinor,
    kind: 'DEPOSIT',
    method: 'ONLINE',
    reference: op.reference,
    receiptNumber,
  });
  await markSucceeded(tx, op, event, now, null);
  await recordAudit(tx, ctx, {
    action: 'online_payment.confirm',
    entityType: 'online_payment',
    entityId: op.id,
    patientId: op.patientId,
    visitId: op.visitId,
    metadata: {
      reference: op.reference,
      amount: op.amountMinor,
      receiptNumber,
      walletEntryId: movement.entryId,
    },
  });
  return 'CREDITED_TO_WALLET';
}

/**
 * Records the payment a gateway confirmed with the same money rules as a counter payment. There is
 * no cashier and no till shift: the money is in the gateway's settlement account, not a drawer.
 */
async function recordGatewayPayment(
  tx: Tx,
  op: OnlinePaymentRow,
  event: PaystackEvent,
  ctx: AuditContext,
  now: Date,
): Promise<'PAID' | 'CREDITED_TO_WALLET'> {
  const visit = await lockVisit(tx, op.visitId);
  if (visit.status === 'CLOSED') return creditClosedVisit(tx, op, event, ctx, now);
  const { payment } = await recordPayment(tx, {
    billing: await readVisitBilling(tx, visit),
    amount: op.amountMinor,
    method: 'ONLINE',
    reference: op.reference,
    cashierId: null,
    shiftId: null,
    receivedAt: now,
    ctx,
    auditExtra: { onlinePaymentId: op.id },
  });
  await markSucceeded(tx, op, event, now, payment.id);
  return 'PAID';
}

/**
 * Applies a verified `charge.success` event exactly once. The online payment row is locked first, so
 * a retried or duplicated webhook waits for the first to commit and then finds it SUCCEEDED. A
 * payment whose amount or currency differs from what was initialised is not trusted: it is marked
 * FAILED and audited for a person to reconcile with the gateway.
 */
export async function confirmOnlinePayment(
  tx: Tx,
  event: PaystackEvent,
  ctx: AuditContext,
  now: Date,
): Promise<ConfirmOutcome> {
  const [op] = await tx
    .select()
    .from(onlinePayments)
    .where(eq(onlinePayments.reference, event.data.reference))
    .for('update');
  if (!op) return 'UNKNOWN_REFERENCE';
  if (op.status !== 'INITIALISED') return 'ALREADY_SETTLED';
  const { currency } = await getSettings(tx);
  const currencyMatches = event.data.currency === undefined || event.data.currency === currency;
  if (event.data.amount !== op.amountMinor || !currencyMatches) {
    await tx
      .update(onlinePayments)
      .set({ status: 'FAILED', confirmedAt: now, gatewayPayload: gatewayRecord(event) })
      .where(eq(onlinePayments.id, op.id));
    await recordAudit(tx, ctx, {
      action: 'online_payment.amount_mismatch',
      entityType: 'online_payment',
      entityId: op.id,
      patientId: op.patientId,
      visitId: op.visitId,
      outcome: 'FAILURE',
      metadata: {
        reference: op.reference,
        expected: op.amountMinor,
        received: event.data.amount,
        currency: event.data.currency ?? null,
      },
    });
    return 'AMOUNT_MISMATCH';
  }
  return recordGatewayPayment(tx, op, event, ctx, now);
}
