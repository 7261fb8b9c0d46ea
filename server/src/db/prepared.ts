import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect, type PreparedQueryConfig } from 'drizzle-orm/pg-core';
import type { Db, Tx } from './database';

const dialect = new PgDialect();

/** Statement names by SQL text, so the hot path hashes each shape once. Shapes are few and bounded. */
const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `emr_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Raw SQL rows through a named prepared statement: PostgreSQL parses it once per connection and,
 * after a few runs, keeps a generic plan instead of planning every call. Drizzle names only
 * query-builder statements, hence the session's own prepareQuery. The name is a hash of the text,
 * so one name never stands for two statements. Only for SQL whose plan does not depend on its
 * parameters' values: a LIKE pattern in a parameter, for one, cannot use a btree in a generic plan
 * (use prefixRange instead).
 */
export async function queryPreparedRows<T extends Record<string, unknown>>(
  db: Db | Tx,
  query: SQL,
): Promise<T[]> {
  const built = dialect.sqlToQuery(query);
  const prepared = db._.session.prepareQuery<PreparedQueryConfig & { execute: { rows: T[] } }>(
    built,
    undefined,
    statementName(built.sql),
    false,
  );
  return (await prepared.execute()).rows;
}
