import { type PageQuery, pageOffset, type WalletEntry, type WalletView } from '@modern-emr/domain';
import { count, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { notFound } from '../../http/app-error';
import { walletBalance, walletEntries } from '../billing';
import { users } from '../identity';
import { patients } from '../patients';

type EntryRow = typeof walletEntries.$inferSelect;

export function walletEntryView(row: EntryRow, createdByName: string | null): WalletEntry {
  return {
    id: row.id,
    kind: row.kind,
    amount: row.amountMinor,
    balanceAfter: row.balanceAfterMinor,
    method: row.method,
    reference: row.reference,
    receiptNumber: row.receiptNumber,
    paymentId: row.paymentId,
    createdByName,
    createdAt: row.createdAt.toISOString(),
  };
}

/** 404 unless the patient exists; archived patients keep their wallet history readable. */
export async function requirePatient(db: Db | Tx, patientId: string): Promise<{ archived: boolean }> {
  const [row] = await db
    .select({ archivedAt: patients.archivedAt })
    .from(patients)
    .where(eq(patients.id, patientId));
  if (!row) throw notFound('patient');
  return { archived: row.archivedAt !== null };
}

/** The balance and one page of the ledger, newest first (the index on patient and time serves it). */
export async function readWallet(tx: Tx, patientId: string, query: PageQuery): Promise<WalletView> {
  await requirePatient(tx, patientId);
  const [balance, [total], rows] = await Promise.all([
    walletBalance(tx, patientId),
    tx.select({ n: count() }).from(walletEntries).where(eq(walletEntries.patientId, patientId)),
    tx
      .select({ entry: walletEntries, createdByName: users.fullName })
      .from(walletEntries)
      .leftJoin(users, eq(users.id, walletEntries.createdBy))
      .where(eq(walletEntries.patientId, patientId))
      .orderBy(desc(walletEntries.createdAt), desc(walletEntries.id))
      .limit(query.pageSize)
      .offset(pageOffset(query)),
  ]);
  return {
    patientId,
    balance,
    transactions: {
      items: rows.map((r) => walletEntryView(r.entry, r.createdByName)),
      total: total?.n ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    },
  };
}
