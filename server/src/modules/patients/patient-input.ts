import {
  type NextOfKin,
  normalisePhone,
  type PatientPatch,
  type PatientRegistration,
  resolveDateOfBirth,
} from '@modern-emr/domain';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/app-error';
import { getSettings } from '../settings';

/** A field-level refusal in the same shape as schema validation errors. */
function invalid(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', 'The request is invalid', [{ path, message }]);
}

/** The clinic's calendar day: a date of birth is "in the future" by the clinic's clock, not UTC's. */
export function clinicToday(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export interface ClinicContext {
  phoneRegion: string;
  today: string;
}

export async function clinicContext(tx: Tx, now: Date): Promise<ClinicContext> {
  const { phoneRegion, timeZone } = await getSettings(tx);
  return { phoneRegion, today: clinicToday(now, timeZone) };
}

// spec: PAT-DATA-1
/** The number in E.164 read in the clinic's region, or a 400 naming the field. */
export function phoneOrRefuse(raw: string, region: string, path: string): string {
  const e164 = normalisePhone(raw, region);
  if (!e164) throw invalid(path, `is not a valid phone number for region ${region}`);
  return e164;
}

function nextOfKinOrRefuse(kin: NextOfKin, region: string): NextOfKin {
  return kin.phone ? { ...kin, phone: phoneOrRefuse(kin.phone, region, 'body.nextOfKin.phone') } : kin;
}

/** Stored values for the fields a registration or edit sets: phones in E.164, the date of birth resolved. */
export interface NormalisedFields {
  phone?: string;
  nextOfKin?: NextOfKin | null;
  dateOfBirth?: string | null;
  dateOfBirthEstimated?: boolean;
}

/**
 * The parts of the input that need the clinic's settings: phone numbers read in its region and an
 * estimated age or date of birth checked against its calendar. Refusals name the field.
 */
export function normaliseFields(
  input: PatientRegistration | PatientPatch,
  ctx: ClinicContext,
): NormalisedFields {
  const out: NormalisedFields = {};
  if (input.phone !== undefined) out.phone = phoneOrRefuse(input.phone, ctx.phoneRegion, 'body.phone');
  if (input.nextOfKin !== undefined) {
    out.nextOfKin = input.nextOfKin === null ? null : nextOfKinOrRefuse(input.nextOfKin, ctx.phoneRegion);
  }
  if (input.dateOfBirth !== undefined || input.estimatedAgeYears !== undefined) {
    const dob = resolveDateOfBirth(input, ctx.today);
    if (!dob.ok) throw invalid(`body.${dob.path}`, dob.message);
    out.dateOfBirth = dob.dateOfBirth;
    out.dateOfBirthEstimated = dob.estimated;
  }
  return out;
}
