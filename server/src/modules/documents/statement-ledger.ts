import type { StatementEntry, StatementEntryKind } from './documents.types';

/** Charges and refunds add to what the patient owes; the rest reduce it. */
const RAISES: Record<StatementEntryKind, boolean> = {
  CHARGE: true,
  REFUND: true,
  PAYMENT: false,
  WAIVER: false,
  HMO: false,
};

export interface LedgerRow {
  entry: StatementEntry;
  debit: number;
  credit: number;
  /** What the patient owes after this entry; negative is a credit. */
  balance: number;
}

export interface Ledger {
  rows: LedgerRow[];
  totals: Record<StatementEntryKind, number>;
  closingBalance: number;
}

/** Running balance over the entries in the order given, starting from zero. */
export function buildLedger(entries: readonly StatementEntry[]): Ledger {
  const totals: Record<StatementEntryKind, number> = { CHARGE: 0, REFUND: 0, PAYMENT: 0, WAIVER: 0, HMO: 0 };
  let balance = 0;
  const rows = entries.map((entry) => {
    const raises = RAISES[entry.kind];
    balance += raises ? entry.amount : -entry.amount;
    totals[entry.kind] += entry.amount;
    return { entry, debit: raises ? entry.amount : 0, credit: raises ? 0 : entry.amount, balance };
  });
  return { rows, totals, closingBalance: balance };
}
