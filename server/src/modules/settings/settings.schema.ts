import { sql } from 'drizzle-orm';
import { bigint, check, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** One row: the clinic's letterhead, currency, time zone and numbering. */
export const clinicSettings = pgTable(
  'clinic_settings',
  {
    id: smallint('id').primaryKey().default(1),
    clinicName: text('clinic_name').notNull(),
    address: text('address').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    currency: text('currency').notNull().default('NGN'),
    timeZone: text('time_zone').notNull().default('Africa/Lagos'),
    /** BCP 47; how screens write dates and times (en-NG: 03/12/2026, 17:29). */
    locale: text('locale').notNull().default('en-NG'),
    phoneRegion: text('phone_region').notNull().default('NG'),
    mrnPrefix: text('mrn_prefix').notNull().default('MRN-'),
    /** Kobo; ₦50,000 by default. */
    refundApprovalThresholdMinor: bigint('refund_approval_threshold_minor', { mode: 'number' })
      .notNull()
      .default(5_000_000),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [check('clinic_settings_singleton', sql`${t.id} = 1`)],
);
