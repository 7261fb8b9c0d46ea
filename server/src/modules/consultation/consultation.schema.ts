import { CONSULTATION_STATUSES, type Diagnosis } from '@modern-emr/domain';
import { index, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../db/columns';
import { users } from '../identity';
import { visits } from '../visit-records';

export const consultationStatusEnum = pgEnum('consultation_status', CONSULTATION_STATUSES);

/** One per visit. A COMPLETED consultation is immutable (trigger); later notes are addenda. */
export const consultations = pgTable(
  'consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id),
    doctorId: uuid('doctor_id')
      .notNull()
      .references(() => users.id),
    status: consultationStatusEnum('status').notNull().default('IN_PROGRESS'),
    presentingComplaint: text('presenting_complaint'),
    history: text('history'),
    examination: text('examination'),
    diagnoses: jsonb('diagnoses').$type<Diagnosis[]>().notNull().default([]),
    plan: text('plan'),
    notes: text('notes'),
    startedAt: ts('started_at').notNull().defaultNow(),
    completedAt: ts('completed_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('consultations_visit_key').on(t.visitId),
    index('consultations_doctor_idx').on(t.doctorId, t.startedAt),
  ],
);
