import type { Db, Tx } from './database';

/**
 * Runs `work` in one transaction: everything it writes commits together or not at all.
 * Services call this rather than `db.transaction` so the rule "one request, one transaction"
 * has one place to grow (isolation level, retry on serialization failure).
 */
export function inTransaction<T>(db: Db | Tx, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(work);
}
