import { sql } from 'drizzle-orm';
import { check, pgTable, smallint, text } from 'drizzle-orm/pg-core';
import { ts } from '../db/columns';

/**
 * The key generated for an install run without SECRET_KEY (never in production), kept in the
 * database so every server instance on it, and every restart, derives the same keys.
 */
export const developmentSecrets = pgTable(
  'development_secrets',
  {
    id: smallint('id').primaryKey().default(1),
    secretKey: text('secret_key').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [check('development_secrets_singleton', sql`${t.id} = 1`)],
);
