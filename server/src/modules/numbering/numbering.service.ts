import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { queryRows } from '../../db/rows';

/** The document kinds that carry a gapless yearly number, and how each number is written. */
export const NUMBER_PREFIXES = {
  receipt: 'RCT',
  refund: 'RFD',
  invoice: 'INV',
  visit: 'V',
} as const;
export type NumberKind = keyof typeof NUMBER_PREFIXES;

// spec: BILL-RCPT-1
/**
 * The next number of `kind` for `year`, e.g. RCT-2026-000042. Must run inside the transaction that
 * stores the document: the counter row stays locked until it commits, so numbers are gapless (a
 * rolled-back document gives its number back) and concurrent callers get consecutive numbers.
 */
export async function nextDocumentNumber(tx: Tx, kind: NumberKind, year: number): Promise<string> {
  const rows = await queryRows<{ last_value: number }>(
    tx,
    sql`insert into document_counters (kind, year, last_value) values (${kind}, ${year}, 1)
        on conflict (kind, year) do update set last_value = document_counters.last_value + 1
        returning last_value`,
  );
  const value = rows[0]?.last_value;
  if (value === undefined) throw new Error('document counter returned no row');
  return `${NUMBER_PREFIXES[kind]}-${year}-${String(value).padStart(6, '0')}`;
}
