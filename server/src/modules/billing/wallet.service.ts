import type { PaymentMethod } from '@modern-emr/domain';
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/app-error';
import { walletEntries, wallets } from './wallet.schema';

export interface WalletCredit {
  patientId: string;
  amount: number;
  kind: 'OVERPAYMENT' | 'DEPOSIT' | 'REFUND';
  method?: PaymentMethod;
  reference?: string | null;
  paymentId?: string | null;
  createdBy?: string | null;
  shiftId?: string | null;
  receiptNumber?: string;
}

export interface WalletDebit {
  patientId: string;
  amount: number;
  paymentId: string;
  createdBy: string | null;
  shiftId?: string | null;
}

export interface WalletMovement {
  entryId: string;
  balanceAfter: number;
}

function assertPositiveMinor(amount: number): void {
  // Callers validate amounts at the edge; reaching here with anything else is a programming error.
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new Error(`wallet amount must be a positive integer of minor units, got ${amount}`);
  }
}

/** The current balance (0 when the patient never had a wallet). No lock: for display only. */
export async function walletBalance(tx: Tx, patientId: string): Promise<number> {
  const [row] = await tx
    .select({ balance: wallets.balanceMinor })
    .from(wallets)
    .where(eq(wallets.patientId, patientId));
  return row?.balance ?? 0;
}

async function appendEntry(tx: Tx, entry: typeof walletEntries.$inferInsert): Promise<WalletMovement> {
  // clock_timestamp, not the transaction's start time: the wallet row is locked by now, so entries
  // of one wallet are timed in the order their balances changed and the ledger reads in that order.
  const [row] = await tx
    .insert(walletEntries)
    .values({ ...entry, createdAt: sql`clock_timestamp()` })
    .returning({ id: walletEntries.id });
  if (!row) throw new Error('wallet entry insert returned no row');
  return { entryId: row.id, balanceAfter: entry.balanceAfterMinor };
}

/**
 * Adds money to the patient's wallet, creating it on first use. The balance changes in one
 * upsert, which row-locks the wallet until the caller's transaction ends, so the ledger's
 * `balance_after` values follow the same order as the balance changes.
 */
export async function creditWallet(tx: Tx, e: WalletCredit): Promise<WalletMovement> {
  assertPositiveMinor(e.amount);
  const [wallet] = await tx
    .insert(wallets)
    .values({ patientId: e.patientId, balanceMinor: e.amount })
    .onConflictDoUpdate({
      target: wallets.patientId,
      set: { balanceMinor: sql`${wallets.balanceMinor} + ${e.amount}`, updatedAt: sql`now()` },
    })
    .returning({ balance: wallets.balanceMinor });
  if (!wallet) throw new Error('wallet upsert returned no row');
  return appendEntry(tx, {
    patientId: e.patientId,
    kind: e.kind,
    amountMinor: e.amount,
    balanceAfterMinor: wallet.balance,
    method: e.method ?? null,
    reference: e.reference ?? null,
    paymentId: e.paymentId ?? null,
    createdBy: e.createdBy ?? null,
    shiftId: e.shiftId ?? null,
    receiptNumber: e.receiptNumber ?? null,
  });
}

// spec: WALLET-1
/**
 * Takes money out of the wallet to pay a visit. The guarded UPDATE is the whole check: under
 * concurrency each debit waits for the row lock and re-evaluates `balance >= amount` against the
 * committed balance, so no interleaving can overdraw it (and the CHECK constraint backs that up).
 */
export async function debitWallet(tx: Tx, e: WalletDebit): Promise<WalletMovement> {
  assertPositiveMinor(e.amount);
  const [wallet] = await tx
    .update(wallets)
    .set({ balanceMinor: sql`${wallets.balanceMinor} - ${e.amount}`, updatedAt: sql`now()` })
    .where(and(eq(wallets.patientId, e.patientId), gte(wallets.balanceMinor, e.amount)))
    .returning({ balance: wallets.balanceMinor });
  if (!wallet) {
    const balance = await walletBalance(tx, e.patientId);
    throw new AppError('INSUFFICIENT_FUNDS', 'The wallet balance does not cover this amount', {
      balance,
    });
  }
  return appendEntry(tx, {
    patientId: e.patientId,
    kind: 'VISIT_PAYMENT',
    amountMinor: -e.amount,
    balanceAfterMinor: wallet.balance,
    method: 'WALLET',
    paymentId: e.paymentId,
    createdBy: e.createdBy,
    shiftId: e.shiftId ?? null,
  });
}
