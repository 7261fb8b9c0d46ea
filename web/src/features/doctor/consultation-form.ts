import { type Consultation, type ConsultationFields, consultationFieldsSchema } from '@modern-emr/domain';
import { formErrorsFromIssues } from '../../lib/form-errors';

export interface DiagnosisRow {
  code: string;
  text: string;
  primary: boolean;
}

export interface ConsultationValues {
  presentingComplaint: string;
  history: string;
  examination: string;
  diagnoses: DiagnosisRow[];
  plan: string;
  notes: string;
}

export const CONSULTATION_LABELS: Record<string, string> = {
  presentingComplaint: 'Presenting complaint',
  history: 'History',
  examination: 'Examination',
  diagnoses: 'Diagnoses:',
  'diagnoses.*.code': 'ICD-10 code',
  'diagnoses.*.text': 'Diagnosis',
  plan: 'Plan',
  notes: 'Notes',
};

export function consultationValues(c: Consultation): ConsultationValues {
  return {
    presentingComplaint: c.presentingComplaint ?? '',
    history: c.history ?? '',
    examination: c.examination ?? '',
    diagnoses: c.diagnoses.map((d) => ({ code: d.code, text: d.text, primary: d.primary })),
    plan: c.plan ?? '',
    notes: c.notes ?? '',
  };
}

export type ConsultationCheck =
  | { ok: true; fields: ConsultationFields }
  | { ok: false; errors: Record<string, string> };

/** Every field is sent on save, so the server holds exactly what is on screen ("" clears a field). */
export function checkConsultation(values: ConsultationValues): ConsultationCheck {
  const parsed = consultationFieldsSchema.safeParse(values);
  if (parsed.success) return { ok: true, fields: parsed.data };
  const errors = formErrorsFromIssues(parsed.error.issues, CONSULTATION_LABELS);
  return { ok: false, errors };
}

/** Adding a row: the first diagnosis is the primary one until the doctor says otherwise. */
export function withNewDiagnosis(rows: readonly DiagnosisRow[]): DiagnosisRow[] {
  return [...rows, { code: '', text: '', primary: rows.length === 0 }];
}

/** Removing the primary one hands "primary" to the first that is left, so exactly one stays primary. */
export function withoutDiagnosis(rows: readonly DiagnosisRow[], index: number): DiagnosisRow[] {
  const rest = rows.filter((_, i) => i !== index);
  if (rest.length > 0 && !rest.some((r) => r.primary)) {
    const [first, ...others] = rest;
    return first ? [{ ...first, primary: true }, ...others] : rest;
  }
  return rest;
}

export function withPrimary(rows: readonly DiagnosisRow[], index: number): DiagnosisRow[] {
  return rows.map((r, i) => ({ ...r, primary: i === index }));
}
