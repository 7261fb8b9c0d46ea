import { sql } from 'drizzle-orm';
import { bigint, check, index, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../db/columns';
import { users } from '../identity';
import { patients } from '../patients';
import { tillShifts } from '../till';
import { paymentMethodEnum, payments } from './billing.schema';

export const walletEntryKindEnum = pgEnum('wallet_entry_kind', [
  'DEPOSIT',
  'OVERPAYMENT',
  'VISIT_PAYMENT',
  'REFUND',
]);

/** One balance per patient; the CHECK is the last line of defence against a negative balance. */
export const wallets = pgTable(
  'wallets',
  {
    patientId: uuid('patient_id')
      .primaryKey()
      .references(() => patients.id),
    balanceMinor: bigint('balance_minor', { mode: 'number' }).notNull().default(0),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [check('wallets_balance_nonnegative', sql`${t.balanceMinor} >= 0`)],
);

/** The append-only ledger behind each balance: credits positive, debits negative. */
export const walletEntries = pgTable(
  'wallet_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    kind: walletEntryKindEnum('kind').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    balanceAfterMinor: bigint('balance_after_minor', { mode: 'number' }).notNull(),
    method: paymentMethodEnum('method'),
    reference: text('reference'),
    /** Deposits get their own receipt number. */
    receiptNumber: text('receipt_number'),
    paymentId: uuid('payment_id').references(() => payments.id),
    createdBy: uuid('created_by').references(() => users.id),
    shiftId: uuid('shift_id').references(() => tillShifts.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('wallet_entries_patient_idx').on(t.patientId, t.createdAt),
    index('wallet_entries_shift_idx').on(t.shiftId),
    check('wallet_entries_nonzero', sql`${t.amountMinor} <> 0 and ${t.balanceAfterMinor} >= 0`),
  ],
);
