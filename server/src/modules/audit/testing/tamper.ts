import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/transaction';

/** What a superuser can do: switch the append-only triggers off for one transaction. */
export async function behindTheTrigger(db: Db, work: (db: Db) => Promise<unknown>): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await work(tx as unknown as Db); // a transaction runs the same statements as the pool
  });
}
