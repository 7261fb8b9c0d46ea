import { integer, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';

/**
 * Gapless human numbers (receipts, invoices, visits), one counter per kind and year. A sequence
 * would leave gaps on rollback; a row updated inside the caller's transaction cannot, because the
 * increment commits or rolls back with the document that used it (and concurrent callers queue
 * on the row lock).
 */
export const documentCounters = pgTable(
  'document_counters',
  {
    kind: text('kind').notNull(),
    year: smallint('year').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.year] })],
);
