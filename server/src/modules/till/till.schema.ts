import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ts } from '../../db/columns';
import { users } from '../identity';

export const shiftStatusEnum = pgEnum('shift_status', ['OPEN', 'CLOSED']);

/** Per-method amounts in kobo, e.g. { CASH: 1250000, POS: 400000 }. */
export type MethodAmounts = Partial<Record<'CASH' | 'POS' | 'TRANSFER' | 'WALLET' | 'ONLINE', number>>;

/** A cashier's till session: every counter payment belongs to the cashier's open shift. */
export const tillShifts = pgTable(
  'till_shifts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cashierId: uuid('cashier_id')
      .notNull()
      .references(() => users.id),
    status: shiftStatusEnum('status').notNull().default('OPEN'),
    openingFloatMinor: bigint('opening_float_minor', { mode: 'number' }).notNull(),
    openedAt: ts('opened_at').notNull().defaultNow(),
    closedAt: ts('closed_at'),
    expected: jsonb('expected').$type<MethodAmounts>(),
    counted: jsonb('counted').$type<MethodAmounts>(),
    varianceMinor: bigint('variance_minor', { mode: 'number' }),
    closingNote: text('closing_note'),
  },
  (t) => [
    uniqueIndex('till_shifts_one_open_per_cashier').on(t.cashierId).where(sql`${t.status} = 'OPEN'`),
    index('till_shifts_opened_idx').on(t.openedAt),
    check('till_shifts_float_nonnegative', sql`${t.openingFloatMinor} >= 0`),
  ],
);

/** A finalised end-of-day report is a frozen snapshot; the row is never changed afterwards. */
export const endOfDayReports = pgTable('end_of_day_reports', {
  reportDate: date('report_date', { mode: 'string' }).primaryKey(),
  timeZone: text('time_zone').notNull(),
  snapshot: jsonb('snapshot').notNull(),
  finalisedBy: uuid('finalised_by')
    .notNull()
    .references(() => users.id),
  finalisedAt: ts('finalised_at').notNull().defaultNow(),
});
