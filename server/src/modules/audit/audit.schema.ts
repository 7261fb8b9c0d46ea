import { bigserial, index, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE (migration 0002), and each row's
 * `hash` is an HMAC, keyed from SECRET_KEY, of the previous row's hash plus its own content, so an
 * edit made around the trigger (by a superuser, or on the disk) breaks the chain at that row and
 * cannot be re-hashed without the key. Signed checkpoints outside the database catch a removed tail.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    actorRoles: text('actor_roles').array().notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    patientId: uuid('patient_id'),
    visitId: uuid('visit_id'),
    outcome: text('outcome').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    requestId: text('request_id'),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull(),
    hash: text('hash').notNull(),
    /** 2: keyed HMAC over canonical values; 1: rows from before it (see docs/spec/audit-rules.md). */
    hashVersion: smallint('hash_version').notNull(),
  },
  (t) => [
    index('audit_log_actor_idx').on(t.actorId, t.id),
    index('audit_log_patient_idx').on(t.patientId, t.id),
    index('audit_log_visit_idx').on(t.visitId, t.id),
    index('audit_log_action_idx').on(t.action, t.id),
    index('audit_log_created_idx').on(t.createdAt),
  ],
);
