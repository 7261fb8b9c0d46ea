import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../db/columns';
import { serviceCatalog } from '../catalog';
import { users } from '../identity';

/** HMOs the clinic bills. Deactivated, never deleted: visits keep referring to them. */
export const hmoProviders = pgTable('hmo_providers', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  contactName: text('contact_name'),
  phone: text('phone'),
  email: text('email'),
  address: text('address'),
  active: boolean('active').notNull().default(true),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/**
 * A provider's negotiated price for a catalogue service, used instead of the catalogue price when a
 * charge is added to a visit on that HMO. Deactivated rather than deleted so the history stays.
 */
export const hmoTariffs = pgTable(
  'hmo_tariffs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => hmoProviders.id),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => serviceCatalog.id),
    priceMinor: bigint('price_minor', { mode: 'number' }).notNull(),
    active: boolean('active').notNull().default(true),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('hmo_tariffs_provider_service_key').on(t.providerId, t.serviceId),
    index('hmo_tariffs_service_idx').on(t.serviceId),
    check('hmo_tariffs_price_nonnegative', sql`${t.priceMinor} >= 0`),
  ],
);
