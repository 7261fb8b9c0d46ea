import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp } from '../../../test/test-app';
import { ENGINE } from '../../../test/test-database';
import type { Db } from '../../db/database';
import { queryRows } from '../../db/rows';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import { insertPatient, insertVisitWithCharges } from '../wallet/testing';
import { payments } from './billing.schema';
import { creditWallet, debitWallet, walletBalance } from './wallet.service';

let t: TestApp;
let cashierId: string;
beforeAll(async () => {
  t = await createTestApp();
  cashierId = (await createUser(t, ['CASHIER'])).id;
});
afterAll(() => t.close());

/** Real WALLET payment rows for debits to point at (wallet_entries.payment_id references payments). */
async function walletPaymentRows(db: Db, patientId: string, amounts: number[]): Promise<string[]> {
  const visit = await insertVisitWithCharges(db, { patientId, openedBy: cashierId, amounts: [1_000] });
  const ids: string[] = [];
  for (const [n, amount] of amounts.entries())
    ids.push(await paymentRow(db, visit.visitId, patientId, amount, n));
  return ids;
}

async function paymentRow(
  db: Db,
  visitId: string,
  patientId: string,
  amount: number,
  n: number,
): Promise<string> {
  const [row] = await db
    .insert(payments)
    .values({
      visitId,
      patientId,
      method: 'WALLET',
      amountMinor: amount,
      appliedMinor: amount,
      receiptNumber: `RCT-TEST-${patientId.slice(0, 8)}-${n}`,
      cashierId,
    })
    .returning({ id: payments.id });
  if (!row) throw new Error('payment insert returned no row');
  return row.id;
}

async function ledger(patientId: string) {
  return queryRows<{ kind: string; amount_minor: string; balance_after_minor: string }>(
    t.database.db,
    sql`select kind, amount_minor::text, balance_after_minor::text from wallet_entries
        where patient_id = ${patientId} order by wallet_entries.balance_after_minor desc`,
  );
}

describe('wallet service', () => {
  it('creates the wallet on the first credit and keeps a running balance in the ledger', async () => {
    const { id: patientId } = await insertPatient(t.database.db);
    const first = await inTransaction(t.database.db, (tx) =>
      creditWallet(tx, { patientId, amount: 500_000, kind: 'DEPOSIT', method: 'CASH', createdBy: cashierId }),
    );
    expect(first.balanceAfter).toBe(500_000);
    const second = await inTransaction(t.database.db, (tx) =>
      creditWallet(tx, { patientId, amount: 120_050, kind: 'OVERPAYMENT' }),
    );
    expect(second.balanceAfter).toBe(620_050);
    expect(await inTransaction(t.database.db, (tx) => walletBalance(tx, patientId))).toBe(620_050);
    expect((await ledger(patientId)).map((r) => [r.kind, Number(r.amount_minor)])).toEqual([
      ['OVERPAYMENT', 120_050],
      ['DEPOSIT', 500_000],
    ]);
  });

  it('debits down to exactly zero and refuses a debit larger than the balance, naming the balance', async () => {
    const { id: patientId } = await insertPatient(t.database.db);
    await inTransaction(t.database.db, (tx) =>
      creditWallet(tx, { patientId, amount: 10_000, kind: 'DEPOSIT' }),
    );
    const [p1 = '', p2 = '', p3 = ''] = await walletPaymentRows(
      t.database.db,
      patientId,
      [6_000, 4_001, 4_000],
    );

    const ok = await inTransaction(t.database.db, (tx) =>
      debitWallet(tx, { patientId, amount: 6_000, paymentId: p1, createdBy: cashierId }),
    );
    expect(ok.balanceAfter).toBe(4_000);
    const short = await inTransaction(t.database.db, (tx) =>
      debitWallet(tx, { patientId, amount: 4_001, paymentId: p2, createdBy: cashierId }),
    ).catch((e: unknown) => e);
    expect(short).toBeInstanceOf(AppError);
    expect(short).toMatchObject({ code: 'INSUFFICIENT_FUNDS', status: 409, details: { balance: 4_000 } });
    const last = await inTransaction(t.database.db, (tx) =>
      debitWallet(tx, { patientId, amount: 4_000, paymentId: p3, createdBy: cashierId }),
    );
    expect(last.balanceAfter).toBe(0);
    const rows = await ledger(patientId);
    expect(rows.map((r) => Number(r.amount_minor))).toEqual([10_000, -6_000, -4_000]);
  });

  it('refuses any debit from a patient who never had a wallet', async () => {
    const { id: patientId } = await insertPatient(t.database.db);
    const [paymentId = ''] = await walletPaymentRows(t.database.db, patientId, [100]);
    await expect(
      inTransaction(t.database.db, (tx) =>
        debitWallet(tx, { patientId, amount: 100, paymentId, createdBy: cashierId }),
      ),
    ).rejects.toMatchObject({ code: 'INSUFFICIENT_FUNDS', details: { balance: 0 } });
    expect(await ledger(patientId)).toEqual([]);
  });
});

describe.skipIf(ENGINE !== 'postgres')('wallet service: parallel debits on PostgreSQL', () => {
  it('WALLET-1: lets exactly as many of 50 concurrent debits through as the balance covers', async () => {
    const { id: patientId } = await insertPatient(t.database.db);
    const debit = 7_000;
    const covered = 17;
    // A little over k debits' worth, so the (k+1)th must be refused for want of 2,500 kobo, not by luck.
    const opening = covered * debit + 4_500;
    await inTransaction(t.database.db, (tx) =>
      creditWallet(tx, { patientId, amount: opening, kind: 'DEPOSIT' }),
    );
    const paymentIds = await walletPaymentRows(t.database.db, patientId, Array(50).fill(debit));

    const outcomes = await Promise.allSettled(
      paymentIds.map((paymentId) =>
        inTransaction(t.database.db, (tx) =>
          debitWallet(tx, { patientId, amount: debit, paymentId, createdBy: cashierId }),
        ),
      ),
    );
    const succeeded = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
    expect(succeeded).toHaveLength(covered);
    expect(refused).toHaveLength(50 - covered);
    for (const e of refused) expect(e).toMatchObject({ code: 'INSUFFICIENT_FUNDS' });

    const balance = await inTransaction(t.database.db, (tx) => walletBalance(tx, patientId));
    expect(balance).toBe(4_500);
    const [sum] = await queryRows<{ total: string; n: string }>(
      t.database.db,
      sql`select sum(amount_minor)::text as total, count(*)::text as n from wallet_entries where patient_id = ${patientId}`,
    );
    expect(Number(sum?.total)).toBe(balance);
    expect(Number(sum?.n)).toBe(covered + 1);
    // Each success saw a distinct balance: the debits were serialised, never interleaved.
    const afters = (await ledger(patientId)).map((r) => Number(r.balance_after_minor));
    expect(new Set(afters).size).toBe(afters.length);
    expect(Math.min(...afters)).toBe(4_500);
    expect(
      (await t.database.db.select().from(payments).where(eq(payments.patientId, patientId))).length,
    ).toBe(50);
  });
});
