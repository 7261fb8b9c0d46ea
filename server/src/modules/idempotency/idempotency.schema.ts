import { index, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity';

/**
 * The first answer to a money-moving request, keyed by (caller, Idempotency-Key). The row is
 * inserted in the same transaction as the payment it guards, so a key exists exactly when its
 * effects do, and a concurrent retry waits on the row lock and then replays the stored answer.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    key: text('key').notNull(),
    /** METHOD + route pattern: the same key on another endpoint is a different request. */
    scope: text('scope').notNull(),
    /** SHA-256 of the route params and canonical body. */
    requestHash: text('request_hash').notNull(),
    responseStatus: smallint('response_status').notNull(),
    responseBody: jsonb('response_body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);
