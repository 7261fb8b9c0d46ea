import { z } from 'zod';
import { insuranceCoverSchema, reasonSchema } from './billing-requests';
import { pageQuerySchema, pageSchema } from './pagination';
import { normaliseNationalId } from './patient-search';

export * from './patient-phone';
export * from './patient-search';

export const SEXES = ['MALE', 'FEMALE', 'OTHER'] as const;
export const sexSchema = z.enum(SEXES);
export type Sex = z.infer<typeof sexSchema>;

export const BLOOD_GROUPS = ['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'] as const;
export const bloodGroupSchema = z.enum(BLOOD_GROUPS);

export const ALLERGY_SEVERITIES = ['MILD', 'MODERATE', 'SEVERE'] as const;

/** YYYY-MM-DD that is a real calendar day (2023-02-30 is refused). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a calendar date');

/** Letters of any script with their accents, plus the joiners names use (Ọlá-Ade, O'Neil, St. John). */
const nameSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[\p{L}\p{M}][\p{L}\p{M}' .-]*$/u, 'may hold only letters, spaces, apostrophes, dots and dashes');

/** What a receptionist types; the server turns it into E.164 with the clinic's region. */
const phoneInputSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()./-]{5,30}$/, 'must be a phone number');

const nationalIdSchema = z
  .string()
  .trim()
  .transform(normaliseNationalId)
  .pipe(z.string().regex(/^[A-Z0-9]{4,30}$/, 'must be 4–30 letters or digits'));

export const allergySchema = z.object({
  substance: z.string().trim().min(1).max(100),
  reaction: z.string().trim().max(200).optional(),
  severity: z.enum(ALLERGY_SEVERITIES).optional(),
});
export type Allergy = z.infer<typeof allergySchema>;

export const nextOfKinSchema = z.object({
  name: z.string().trim().min(1).max(200),
  relationship: z.string().trim().max(50).optional(),
  phone: phoneInputSchema.optional(),
});
export type NextOfKin = z.infer<typeof nextOfKinSchema>;

const MAX_ESTIMATED_AGE = 130;

const patientFields = {
  firstName: nameSchema,
  lastName: nameSchema,
  middleName: nameSchema.nullish(),
  sex: sexSchema,
  dateOfBirth: isoDateSchema.nullish(),
  /** For patients who do not know their date of birth; becomes an estimated one (see estimatedDateOfBirth). */
  estimatedAgeYears: z.number().int().min(0).max(MAX_ESTIMATED_AGE).nullish(),
  phone: phoneInputSchema,
  email: z.email().max(254).nullish(),
  address: z.string().trim().max(500).nullish(),
  nationalId: nationalIdSchema.nullish(),
  nextOfKin: nextOfKinSchema.nullish(),
  allergies: z.array(allergySchema).max(50).optional(),
  bloodGroup: bloodGroupSchema.nullish(),
};

type DobFields = { dateOfBirth?: string | null | undefined; estimatedAgeYears?: number | null | undefined };
const oneAgeSource = (v: DobFields) => v.dateOfBirth == null || v.estimatedAgeYears == null;
const oneAgeSourceIssue = {
  message: 'give a date of birth or an estimated age, not both',
  path: ['estimatedAgeYears'],
};

/** `POST /patients`. Leaving out optional fields and sending null mean the same thing. */
export const patientRegistrationSchema = z.object(patientFields).refine(oneAgeSource, oneAgeSourceIssue);
export type PatientRegistration = z.infer<typeof patientRegistrationSchema>;

/** `PATCH /patients/:id`: any subset; null clears an optional field. */
export const patientPatchSchema = z
  .object(patientFields)
  .partial()
  .refine(oneAgeSource, oneAgeSourceIssue)
  .refine((p) => Object.values(p).some((v) => v !== undefined), 'nothing to change');
export type PatientPatch = z.infer<typeof patientPatchSchema>;

export const patientArchiveSchema = z.object({ reason: reasonSchema });

/**
 * An estimated age becomes 1 July of the year the patient would have been born: the middle of the
 * year keeps the error under six months either way. A newborn estimated before July gets today.
 */
export function estimatedDateOfBirth(ageYears: number, today: string): string {
  const year = Number(today.slice(0, 4)) - ageYears;
  const midYear = `${String(year).padStart(4, '0')}-07-01`;
  return midYear > today ? today : midYear;
}

export type DateOfBirthResult =
  | { ok: true; dateOfBirth: string | null; estimated: boolean }
  | { ok: false; path: 'dateOfBirth'; message: string };

/** The stored date of birth for what reception typed; `today` is the clinic's calendar day. */
export function resolveDateOfBirth(input: DobFields, today: string): DateOfBirthResult {
  if (input.estimatedAgeYears != null) {
    return { ok: true, dateOfBirth: estimatedDateOfBirth(input.estimatedAgeYears, today), estimated: true };
  }
  if (input.dateOfBirth == null) return { ok: true, dateOfBirth: null, estimated: false };
  if (input.dateOfBirth > today) {
    return { ok: false, path: 'dateOfBirth', message: 'cannot be in the future' };
  }
  if (Number(input.dateOfBirth.slice(0, 4)) < Number(today.slice(0, 4)) - MAX_ESTIMATED_AGE) {
    return { ok: false, path: 'dateOfBirth', message: `is more than ${MAX_ESTIMATED_AGE} years ago` };
  }
  return { ok: true, dateOfBirth: input.dateOfBirth, estimated: false };
}

export const DUPLICATE_REASONS = ['SAME_PHONE', 'SAME_NATIONAL_ID', 'SAME_NAME_AND_DATE_OF_BIRTH'] as const;
export const duplicateReasonSchema = z.enum(DUPLICATE_REASONS);
export type DuplicateReason = z.infer<typeof duplicateReasonSchema>;

export const possibleDuplicateSchema = z.object({
  id: z.uuid(),
  mrn: z.string(),
  name: z.string(),
  phone: z.string(),
  dateOfBirth: z.string().nullable(),
  archived: z.boolean(),
  reasons: z.array(duplicateReasonSchema).min(1),
});
export type PossibleDuplicate = z.infer<typeof possibleDuplicateSchema>;

/** One row of a search result: enough to pick the right person at the desk. */
export const patientSummarySchema = z.object({
  id: z.uuid(),
  mrn: z.string(),
  firstName: z.string(),
  middleName: z.string().nullable(),
  lastName: z.string(),
  sex: sexSchema.nullable(),
  /** YYYY-MM-DD. */
  dateOfBirth: z.string().nullable(),
  dateOfBirthEstimated: z.boolean(),
  phone: z.string(),
  nationalId: z.string().nullable(),
  /** ISO 8601; null while the patient is active. */
  archivedAt: z.string().nullable(),
});
export type PatientSummary = z.infer<typeof patientSummarySchema>;

export const hmoEnrolmentSchema = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  providerId: z.uuid(),
  providerCode: z.string(),
  providerName: z.string(),
  policyNumber: z.string(),
  plan: z.string().nullable(),
  coverage: z.enum(['FULL', 'PARTIAL']),
  coveragePercent: z.number().int(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
});
export type HmoEnrolment = z.infer<typeof hmoEnrolmentSchema>;

export const patientSchema = patientSummarySchema.extend({
  email: z.string().nullable(),
  address: z.string().nullable(),
  nextOfKin: nextOfKinSchema.nullable(),
  allergies: z.array(allergySchema),
  bloodGroup: z.string().nullable(),
  hasPortalAccount: z.boolean(),
  portalVerified: z.boolean(),
  archiveReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  hmoEnrolments: z.array(hmoEnrolmentSchema),
});
export type Patient = z.infer<typeof patientSchema>;

export const patientCreatedSchema = patientSchema.extend({
  /** Records that may be the same person; reception decides (the new record is already saved). */
  possibleDuplicates: z.array(possibleDuplicateSchema),
});
export type PatientCreated = z.infer<typeof patientCreatedSchema>;

/** `GET /patients`: one box for a name fragment, an MRN, a phone number or a national ID. */
export const patientSearchQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  includeArchived: z.stringbool().default(false),
});
export type PatientSearchQuery = z.infer<typeof patientSearchQuerySchema>;

/** Counting stops here: beyond it the desk needs a narrower query, not an exact number. */
export const SEARCH_TOTAL_CAP = 200;

export const patientSearchPageSchema = pageSchema(patientSummarySchema).extend({
  /** True when more than SEARCH_TOTAL_CAP patients match; `total` is then the cap. */
  totalCapped: z.boolean(),
});
export type PatientSearchPage = z.infer<typeof patientSearchPageSchema>;

const enrolmentValidity = (v: { validFrom?: string | null; validTo?: string | null }) =>
  v.validFrom == null || v.validTo == null || v.validFrom <= v.validTo;
const enrolmentValidityIssue = { message: 'must not be before validFrom', path: ['validTo'] };

/** `POST /patients/:id/hmo-enrolments`: the visit cover rules (FULL = 100, PARTIAL 1–99) plus validity. */
export const hmoEnrolmentInputSchema = z
  .intersection(
    insuranceCoverSchema,
    z.object({
      plan: z.string().trim().min(1).max(100).nullish(),
      validFrom: isoDateSchema.nullish(),
      validTo: isoDateSchema.nullish(),
    }),
  )
  .refine(enrolmentValidity, enrolmentValidityIssue);
export type HmoEnrolmentInput = z.infer<typeof hmoEnrolmentInputSchema>;

/** `PATCH /patients/:id/hmo-enrolments/:enrolmentId`: deactivate, change validity, plan or policy number. */
export const hmoEnrolmentPatchSchema = z
  .object({
    active: z.boolean(),
    policyNumber: z.string().trim().min(1).max(64),
    plan: z.string().trim().min(1).max(100).nullable(),
    validFrom: isoDateSchema.nullable(),
    validTo: isoDateSchema.nullable(),
  })
  .partial()
  .refine(enrolmentValidity, enrolmentValidityIssue)
  .refine((p) => Object.values(p).some((v) => v !== undefined), 'nothing to change');
export type HmoEnrolmentPatch = z.infer<typeof hmoEnrolmentPatchSchema>;
