import type { SQL } from 'drizzle-orm';
import type { Db, Tx } from './database';

/**
 * Raw SQL rows, typed by the caller. Both drivers return `{ rows }`, but the shared
 * PgDatabase type cannot know that, hence the one checked cast here.
 */
export async function queryRows<T extends Record<string, unknown>>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
