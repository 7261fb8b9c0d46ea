import { DEPARTMENTS, WORKFLOW_TYPES } from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const departmentEnum = pgEnum('department', DEPARTMENTS);
export const workflowTypeEnum = pgEnum('workflow_type', WORKFLOW_TYPES);
export const billTimingEnum = pgEnum('bill_timing', ['BEFORE', 'AFTER']);

/**
 * The service catalogue: everything billable. Rows are deactivated, never deleted,
 * because charges keep a reference (and a price snapshot) forever.
 */
export const serviceCatalog = pgTable(
  'service_catalog',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    department: departmentEnum('department').notNull(),
    workflowType: workflowTypeEnum('workflow_type').notNull(),
    /** Kobo. bigint because clinic totals outgrow int4's ₦21m ceiling. */
    priceMinor: bigint('price_minor', { mode: 'number' }).notNull(),
    requiresVisit: boolean('requires_visit').notNull().default(true),
    requiresConsultation: boolean('requires_consultation').notNull().default(false),
    autoBill: boolean('auto_bill').notNull().default(false),
    billTiming: billTimingEnum('bill_timing').notNull().default('BEFORE'),
    orderableBy: text('orderable_by').array().notNull().default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('service_catalog_price_nonnegative', sql`${t.priceMinor} >= 0`),
    index('service_catalog_department_idx').on(t.department, t.active),
  ],
);
