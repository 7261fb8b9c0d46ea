import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/database';

const TILL_DAY_LOCK = 7_345_112_040;

/**
 * Serialises opening shifts with finalising a day, so a shift can never open on a day whose report
 * is being frozen, and a report never freezes while a shift is being opened. Held to commit.
 */
export async function lockTillDay(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${TILL_DAY_LOCK})`);
}
