import { COVERAGE_TYPES } from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ts } from '../../db/columns';
import { hmoProviders } from '../hmo';
import { users } from '../identity';

export const sexEnum = pgEnum('sex', ['MALE', 'FEMALE', 'OTHER']);
export const coverageTypeEnum = pgEnum('coverage_type', COVERAGE_TYPES);

/** MRNs come from the database so two receptionists can never be handed the same number. */
export const patientMrnSeq = pgSequence('patient_mrn_seq', { startWith: 1, increment: 1 });

export interface NextOfKin {
  name: string;
  relationship?: string | undefined;
  phone?: string | undefined;
}

export interface Allergy {
  substance: string;
  reaction?: string | undefined;
  severity?: 'MILD' | 'MODERATE' | 'SEVERE' | undefined;
}

/**
 * The patient record. Self-registration creates an unverified one linked to the PATIENT account;
 * reception registers the rest. Archiving is a soft delete (`archived_at`); nothing is removed.
 * `search_name` is a generated, lower-cased "first middle last": search ranks letters found inside
 * a name by trigram similarity to it.
 */
export const patients = pgTable(
  'patients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mrn: text('mrn').notNull(),
    firstName: text('first_name').notNull(),
    middleName: text('middle_name'),
    lastName: text('last_name').notNull(),
    /** Null only for portal self-registrations until reception completes the record. */
    sex: sexEnum('sex'),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    /** The date of birth was derived from an estimated age. */
    dateOfBirthEstimated: boolean('date_of_birth_estimated').notNull().default(false),
    /** E.164 (+2348031234567). */
    phone: text('phone').notNull(),
    email: text('email'),
    address: text('address'),
    nationalId: text('national_id'),
    nextOfKin: jsonb('next_of_kin').$type<NextOfKin>(),
    bloodGroup: text('blood_group'),
    allergies: jsonb('allergies').$type<Allergy[]>().notNull().default(sql`'[]'::jsonb`),
    searchName: text('search_name')
      .notNull()
      .generatedAlwaysAs(sql`lower(first_name || ' ' || coalesce(middle_name || ' ', '') || last_name)`),
    /** The portal account, if the patient has one; one account per patient. */
    userId: uuid('user_id').references(() => users.id),
    portalVerified: boolean('portal_verified').notNull().default(false),
    portalVerifiedAt: ts('portal_verified_at'),
    portalVerifiedBy: uuid('portal_verified_by').references(() => users.id),
    archivedAt: ts('archived_at'),
    archivedBy: uuid('archived_by').references(() => users.id),
    archiveReason: text('archive_reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('patients_user_key').on(t.userId),
    uniqueIndex('patients_mrn_key').on(t.mrn),
    // Unique when present: two patients may both lack one.
    uniqueIndex('patients_national_id_key').on(t.nationalId).where(sql`${t.nationalId} is not null`),
    index('patients_pending_portal_idx')
      .on(t.createdAt)
      .where(sql`${t.userId} is not null and not ${t.portalVerified}`),
    // Name search (docs/performance.md): a word typed alone is looked up at the start of the
    // first, middle and last name through these three, in their order, so a scan stops at the cap;
    // several words at once through the prefixes index. Letters inside a name are first looked up
    // in patient_name_parts, then each whole name found is read through these three again.
    index('patients_first_name_start_idx').using('btree', sql`lower(${t.firstName}) text_pattern_ops`),
    index('patients_middle_name_start_idx')
      .using('btree', sql`lower(${t.middleName}) text_pattern_ops`)
      .where(sql`${t.middleName} is not null`),
    index('patients_last_name_start_idx').using('btree', sql`lower(${t.lastName}) text_pattern_ops`),
    index('patients_name_prefixes_idx').using(
      'gin',
      sql`emr_name_prefixes(${t.firstName}, ${t.middleName}, ${t.lastName})`,
    ),
    index('patients_phone_idx').using('btree', sql`${t.phone} text_pattern_ops`),
    index('patients_mrn_pattern_idx').using('btree', sql`${t.mrn} text_pattern_ops`),
    // Broad name searches walk this in name order; the trailing columns let the filter run on the
    // index alone (index-only scan), so a million-row walk never touches the table for misses.
    index('patients_name_order_idx').on(
      t.lastName,
      t.firstName,
      t.dateOfBirth,
      t.id,
      t.searchName,
      t.archivedAt,
    ),
    // Duplicate warnings look up "same name and date of birth" case-insensitively, by date first.
    index('patients_date_of_birth_idx').on(t.dateOfBirth),
  ],
);

/**
 * Every distinct first, middle and last name on file, lower-cased, kept by a trigger on patients
 * (migration 0008). A few thousand names stand for a million patients, so "letters inside a name"
 * ("kafo") is a trigram lookup here and then index reads of the whole names found ("okafor"),
 * instead of a trigram scan of every patient. Names are only ever added: one nobody bears any more
 * simply finds no one.
 */
export const patientNameParts = pgTable('patient_name_parts', { part: text('part').primaryKey() }, (t) => [
  index('patient_name_parts_trgm_idx').using('gin', sql`${t.part} gin_trgm_ops`),
]);

/** A patient's HMO enrolment(s): pre-fills the payer when reception opens a visit. */
export const patientHmoEnrolments = pgTable(
  'patient_hmo_enrolments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => hmoProviders.id),
    policyNumber: text('policy_number').notNull(),
    plan: text('plan'),
    coverage: coverageTypeEnum('coverage').notNull(),
    /** 100 for FULL; 1–99 for PARTIAL. */
    coveragePercent: smallint('coverage_percent').notNull(),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('patient_hmo_enrolments_patient_idx').on(t.patientId),
    check('patient_hmo_enrolments_percent', sql`${t.coveragePercent} between 1 and 100`),
  ],
);
