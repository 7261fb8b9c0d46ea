import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { inOrder } from '../../db/in-order';
import { notFound } from '../../http/app-error';
import { recordAudit } from '../audit';
import type { Actor } from '../billing';
import { walletEntries } from '../billing';
import { users } from '../identity';
import { documentContext } from './document-context';
import { priorPrints } from './print-count';
import type { ReceiptPrint } from './receipt-document.service';
import { patientRefOf } from './visit-document-data';

const ACTION = 'document.deposit-receipt.print';

/**
 * The receipt for a wallet deposit, on the same layouts as a payment receipt: nothing is paid
 * towards charges, the whole amount is credited to the wallet, and the balance line shows the
 * wallet's credit right after the deposit. Only deposits have receipts; other wallet movements
 * are parts of visit payments, whose receipts already show them.
 */
export async function printDepositReceipt(
  tx: Tx,
  entryId: string,
  format: 'a4' | 'thermal',
  actor: Actor,
): Promise<ReceiptPrint> {
  const [entry] = await tx
    .select()
    .from(walletEntries)
    .where(eq(walletEntries.id, entryId))
    .for('no key update');
  if (entry?.kind !== 'DEPOSIT' || !entry.receiptNumber || !entry.method) throw notFound('deposit');
  const { createdBy } = entry;
  const [patient, [cashier], copies, context] = await inOrder([
    () => patientRefOf(tx, entry.patientId),
    () =>
      createdBy
        ? tx.select({ name: users.fullName }).from(users).where(eq(users.id, createdBy))
        : Promise.resolve([]),
    () => priorPrints(tx, ACTION, entry.id, { patientId: entry.patientId }),
    () => documentContext(tx),
  ]);
  await recordAudit(tx, actor.ctx, {
    action: ACTION,
    entityType: 'wallet_entry',
    entityId: entry.id,
    patientId: entry.patientId,
    metadata: { receiptNumber: entry.receiptNumber, format, copy: copies + 1 },
  });
  return {
    context,
    reprint: copies > 0,
    receipt: {
      currency: context.currency,
      timeZone: context.timeZone,
      receiptNumber: entry.receiptNumber,
      issuedAt: entry.createdAt,
      cashierName: cashier?.name ?? 'Cashier',
      patient,
      visitNumber: 'Wallet deposit',
      method: entry.method,
      reference: entry.reference,
      amount: entry.amountMinor,
      allocations: [],
      balanceAfter: -entry.balanceAfterMinor,
    },
  };
}
