import type { WalletDepositCreated, WalletDepositRequest } from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/app-error';
import { recordAudit } from '../audit';
import type { Actor } from '../billing';
import { clinicYear, creditWallet, walletEntries } from '../billing';
import { users } from '../identity';
import { nextDocumentNumber } from '../numbering';
import { requireOpenShift } from '../till';
import { requirePatient, walletEntryView } from './wallet-ledger.service';

/**
 * Money paid in at the counter ahead of any bill. Like a payment it belongs to the cashier's open
 * shift and gets a number from the same gapless receipt series, all in the caller's (idempotent)
 * transaction, so a rolled-back deposit gives its receipt number back.
 */
export async function depositToWallet(
  tx: Tx,
  patientId: string,
  request: WalletDepositRequest,
  actor: Actor,
  now: Date,
): Promise<WalletDepositCreated> {
  const { archived } = await requirePatient(tx, patientId);
  if (archived)
    throw new AppError('PATIENT_ARCHIVED', 'This patient record is archived; it takes no deposits');
  const shift = await requireOpenShift(tx, actor.userId);
  const receiptNumber = await nextDocumentNumber(tx, 'receipt', await clinicYear(tx, now));
  const movement = await creditWallet(tx, {
    patientId,
    amount: request.amount,
    kind: 'DEPOSIT',
    method: request.method,
    ...(request.reference ? { reference: request.reference } : {}),
    createdBy: actor.userId,
    shiftId: shift.id,
    receiptNumber,
  });
  await recordAudit(tx, actor.ctx, {
    action: 'wallet.deposit',
    entityType: 'wallet_entry',
    entityId: movement.entryId,
    patientId,
    metadata: {
      receiptNumber,
      method: request.method,
      amount: request.amount,
      balanceAfter: movement.balanceAfter,
    },
  });
  const [row] = await tx
    .select({ entry: walletEntries, createdByName: users.fullName })
    .from(walletEntries)
    .leftJoin(users, eq(users.id, walletEntries.createdBy))
    .where(eq(walletEntries.id, movement.entryId));
  if (!row) throw new Error('wallet entry vanished inside its own transaction');
  return {
    entry: walletEntryView(row.entry, row.createdByName),
    balance: movement.balanceAfter,
    receiptNumber,
  };
}
