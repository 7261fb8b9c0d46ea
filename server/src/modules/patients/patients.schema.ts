import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.schema';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * The patient record, minimal for now: self-registration creates an unverified one linked to the
 * PATIENT account; a RECEPTIONIST verifies it. The front-desk module extends this table (MRN,
 * sex, address, national ID, next of kin, allergies, HMO enrolment).
 */
export const patients = pgTable(
  'patients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    phone: text('phone').notNull(),
    email: text('email'),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    /** The portal account, if the patient has one; one account per patient. */
    userId: uuid('user_id').references(() => users.id),
    portalVerified: boolean('portal_verified').notNull().default(false),
    portalVerifiedAt: ts('portal_verified_at'),
    portalVerifiedBy: uuid('portal_verified_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('patients_user_key').on(t.userId),
    index('patients_pending_portal_idx')
      .on(t.createdAt)
      .where(sql`${t.userId} is not null and not ${t.portalVerified}`),
  ],
);
