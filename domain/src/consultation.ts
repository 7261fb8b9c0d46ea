import { z } from 'zod';

export const CONSULTATION_STATUSES = ['IN_PROGRESS', 'COMPLETED'] as const;
export const consultationStatusSchema = z.enum(CONSULTATION_STATUSES);
export type ConsultationStatus = z.infer<typeof consultationStatusSchema>;

/**
 * An ICD-10 code: a letter, two digits, and optionally a dot with up to four characters
 * (WHO's B54, J06.9; ICD-10-CM's S72.001A). Case and surrounding spaces are forgiven.
 */
export const icd10CodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/, 'must be an ICD-10 code such as B54 or J06.9');

export const diagnosisSchema = z.object({
  code: icd10CodeSchema,
  text: z.string().trim().min(1).max(500),
  primary: z.boolean(),
});
export type Diagnosis = z.infer<typeof diagnosisSchema>;

const primaryCount = (list: readonly Diagnosis[]) => list.filter((d) => d.primary).length;

/** Replaced as a whole on every write; when there are any, exactly one is primary. */
export const diagnosesSchema = z
  .array(diagnosisSchema)
  .max(20)
  .refine((list) => list.length === 0 || primaryCount(list) === 1, 'exactly one diagnosis must be primary')
  .refine((list) => new Set(list.map((d) => d.code)).size === list.length, 'each code may appear only once');

/** Free text of the note; an empty string clears the field. */
const noteText = z.string().trim().max(20_000);

/**
 * The consultation's fields as the doctor writes them (api.md "Clinical"): every one optional,
 * and strict, so a misspelt field is an error rather than a note silently lost.
 */
export const consultationFieldsSchema = z
  .object({
    presentingComplaint: noteText.optional(),
    history: noteText.optional(),
    examination: noteText.optional(),
    diagnoses: diagnosesSchema.optional(),
    plan: noteText.optional(),
    notes: noteText.optional(),
  })
  .strict();
export type ConsultationFields = z.infer<typeof consultationFieldsSchema>;

/**
 * `POST /visits/:id/consultation`: starting may already carry what the doctor has typed, or no body
 * at all (which Fastify hands over as null).
 */
export const consultationStartSchema = consultationFieldsSchema.nullish();

/** `PATCH /visits/:id/consultation`: only the fields sent change. */
export const consultationPatchSchema = consultationFieldsSchema.refine(
  (v) => Object.keys(v).length > 0,
  'nothing to change',
);

export const consultationSchema = z.object({
  id: z.uuid(),
  visitId: z.uuid(),
  doctorId: z.uuid(),
  doctorName: z.string(),
  status: consultationStatusSchema,
  presentingComplaint: z.string().nullable(),
  history: z.string().nullable(),
  examination: z.string().nullable(),
  diagnoses: z.array(diagnosisSchema),
  plan: z.string().nullable(),
  notes: z.string().nullable(),
  startedAt: z.string(),
  completedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type Consultation = z.infer<typeof consultationSchema>;

export type ConsultationCompleteRefusal = 'ALREADY_COMPLETED' | 'DIAGNOSIS_REQUIRED';

/** A consultation is completed once, and only with its primary diagnosis written down. */
export function consultationCompleteRefusal(consultation: {
  status: ConsultationStatus;
  diagnoses: readonly Diagnosis[];
}): ConsultationCompleteRefusal | null {
  if (consultation.status === 'COMPLETED') return 'ALREADY_COMPLETED';
  if (primaryCount(consultation.diagnoses) !== 1) return 'DIAGNOSIS_REQUIRED';
  return null;
}
