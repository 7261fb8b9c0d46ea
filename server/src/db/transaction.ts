import { setTimeout as sleep } from 'node:timers/promises';
import { is } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db, Tx } from './database';
import { sqlStateOf } from './sql-state';

/** serialization_failure and deadlock_detected: PostgreSQL rolled the transaction back; running it again is safe. */
const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']);

/** Tries of one transaction in all; the last failure reaches the caller (409 CONFLICT, "try again"). */
export const TRANSACTION_ATTEMPTS = 3;

/** 10–20 ms before the second try, 20–40 ms before the third: the winner usually commits in that time. */
function backoffMs(attempt: number): number {
  const base = 10 * 2 ** (attempt - 1);
  return base + Math.random() * base;
}

/** Already inside a transaction (drizzle's own class check, so both engines' transactions count). */
function isTransaction(db: Db | Tx): db is Tx {
  return is(db, PgTransaction);
}

// spec: DB-TX-1
/**
 * Runs `work` in one transaction: everything it writes commits together or not at all.
 * Services call this rather than `db.transaction` so the rule "one request, one transaction"
 * has one place to grow.
 *
 * spec: DB-TX-2 — a serialization failure or deadlock rolls the whole transaction back, so the
 * outermost call runs `work` again, up to TRANSACTION_ATTEMPTS times with a short jittered pause;
 * `work` must therefore touch nothing outside the transaction that it cannot repeat. A call inside
 * an existing transaction (a savepoint) never retries: the failure has doomed its caller's
 * transaction too, and only the outermost call can start it again.
 */
export async function inTransaction<T>(db: Db | Tx, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (isTransaction(db)) return db.transaction(work);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (err) {
      const code = sqlStateOf(err);
      if (attempt >= TRANSACTION_ATTEMPTS || code === undefined || !RETRYABLE_SQLSTATES.has(code)) throw err;
      await sleep(backoffMs(attempt));
    }
  }
}
