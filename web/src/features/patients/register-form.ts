import {
  type Allergy,
  type BLOOD_GROUPS,
  type PatientRegistration,
  patientRegistrationSchema,
  resolveDateOfBirth,
  type Sex,
} from '@modern-emr/domain';
import { formErrorsFromIssues } from '../../lib/form-errors';
import { localToday } from '../../lib/today';

export type AgeMode = 'dob' | 'estimate';
type BloodGroup = (typeof BLOOD_GROUPS)[number];

export interface AllergyRow {
  substance: string;
  reaction: string;
  severity: '' | NonNullable<Allergy['severity']>;
}

export interface RegisterValues {
  firstName: string;
  middleName: string;
  lastName: string;
  sex: '' | Sex;
  ageMode: AgeMode;
  dateOfBirth: string;
  estimatedAgeYears: string;
  phone: string;
  email: string;
  address: string;
  nationalId: string;
  bloodGroup: '' | BloodGroup;
  nextOfKin: { name: string; relationship: string; phone: string };
  allergies: AllergyRow[];
}

export const EMPTY_REGISTRATION: RegisterValues = {
  firstName: '',
  middleName: '',
  lastName: '',
  sex: '',
  ageMode: 'dob',
  dateOfBirth: '',
  estimatedAgeYears: '',
  phone: '',
  email: '',
  address: '',
  nationalId: '',
  bloodGroup: '',
  nextOfKin: { name: '', relationship: '', phone: '' },
  allergies: [],
};

export const REGISTER_LABELS: Record<string, string> = {
  firstName: 'First name',
  middleName: 'Middle name',
  lastName: 'Last name',
  sex: 'Sex',
  dateOfBirth: 'Date of birth',
  estimatedAgeYears: 'Estimated age',
  phone: 'Phone number',
  email: 'Email',
  address: 'Address',
  nationalId: 'National ID',
  bloodGroup: 'Blood group',
  nextOfKin: 'Next of kin',
  'nextOfKin.name': 'Next of kin’s name',
  'nextOfKin.relationship': 'Relationship',
  'nextOfKin.phone': 'Next of kin’s phone',
  allergies: 'Allergies',
  'allergies.*.substance': 'Substance',
  'allergies.*.reaction': 'Reaction',
  'allergies.*.severity': 'Severity',
};

const text = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The request body as typed: blank optional fields are left out, never sent as "". */
export function registrationBody(values: RegisterValues): Record<string, unknown> {
  const kin = values.nextOfKin;
  const hasKin = [kin.name, kin.relationship, kin.phone].some((v) => v.trim() !== '');
  const age = values.estimatedAgeYears.trim();
  return {
    firstName: values.firstName.trim(),
    middleName: text(values.middleName),
    lastName: values.lastName.trim(),
    sex: values.sex === '' ? undefined : values.sex,
    dateOfBirth: values.ageMode === 'dob' ? text(values.dateOfBirth) : undefined,
    // A non-number stays text so the schema refuses it rather than it turning into NaN or 0.
    estimatedAgeYears:
      values.ageMode === 'estimate' && age !== '' ? (/^\d+$/.test(age) ? Number(age) : age) : undefined,
    phone: values.phone.trim(),
    email: text(values.email),
    address: text(values.address),
    nationalId: text(values.nationalId),
    bloodGroup: values.bloodGroup === '' ? undefined : values.bloodGroup,
    nextOfKin: hasKin
      ? { name: kin.name.trim(), relationship: text(kin.relationship), phone: text(kin.phone) }
      : undefined,
    allergies: values.allergies.map((a) => ({
      substance: a.substance.trim(),
      reaction: text(a.reaction),
      severity: a.severity === '' ? undefined : a.severity,
    })),
  };
}

export type RegistrationCheck =
  | { ok: true; body: PatientRegistration }
  | { ok: false; errors: Record<string, string> };

/** The domain's own registration schema decides; its issues become sentences on the fields. */
export function checkRegistration(values: RegisterValues, today = localToday()): RegistrationCheck {
  const parsed = patientRegistrationSchema.safeParse(registrationBody(values));
  if (!parsed.success) {
    const errors = formErrorsFromIssues(parsed.error.issues, REGISTER_LABELS);
    // Nothing picked reads better as an instruction than as "not one of the choices".
    if (values.sex === '') errors.sex = 'Choose the patient’s sex';
    return { ok: false, errors };
  }
  const dob = resolveDateOfBirth(parsed.data, today);
  if (!dob.ok) return { ok: false, errors: { dateOfBirth: `${REGISTER_LABELS.dateOfBirth} ${dob.message}` } };
  return { ok: true, body: parsed.data };
}
