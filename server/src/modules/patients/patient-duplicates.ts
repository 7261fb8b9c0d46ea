import type { DuplicateReason, PossibleDuplicate } from '@modern-emr/domain';
import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/app-error';
import { displayName } from './patient-view';
import { patients } from './patients.schema';

const MAX_CANDIDATES = 10;

export interface DuplicateProbe {
  phone: string;
  nationalId: string | null;
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
}

// spec: PAT-DUP-1
/**
 * Records that may be the same person: same phone, same national ID, or same first and last name
 * (any case) with the same date of birth. Archived records are included and flagged, since a
 * returning patient is often one. The names are matched with a date of birth only: "Chioma Okafor"
 * alone is too common to warn about.
 */
export async function findPossibleDuplicates(
  tx: Tx,
  probe: DuplicateProbe,
  excludeId?: string,
): Promise<PossibleDuplicate[]> {
  const samePhone = eq(patients.phone, probe.phone);
  const sameNationalId = probe.nationalId ? eq(patients.nationalId, probe.nationalId) : sql`false`;
  const sameNameAndBirth: SQL = probe.dateOfBirth
    ? (and(
        eq(patients.dateOfBirth, probe.dateOfBirth),
        sql`lower(${patients.firstName}) = lower(${probe.firstName})`,
        sql`lower(${patients.lastName}) = lower(${probe.lastName})`,
      ) ?? sql`false`)
    : sql`false`;
  const rows = await tx
    .select({
      id: patients.id,
      mrn: patients.mrn,
      firstName: patients.firstName,
      middleName: patients.middleName,
      lastName: patients.lastName,
      phone: patients.phone,
      dateOfBirth: patients.dateOfBirth,
      archivedAt: patients.archivedAt,
      samePhone: sql<boolean>`${samePhone}`,
      sameNationalId: sql<boolean>`coalesce(${sameNationalId}, false)`,
      sameNameAndBirth: sql<boolean>`coalesce(${sameNameAndBirth}, false)`,
    })
    .from(patients)
    .where(
      and(
        or(samePhone, sameNationalId, sameNameAndBirth),
        excludeId ? sql`${patients.id} <> ${excludeId}` : undefined,
      ),
    )
    .orderBy(patients.lastName, patients.firstName, patients.id)
    .limit(MAX_CANDIDATES);
  return rows.map((r) => {
    const reasons: DuplicateReason[] = [];
    if (r.samePhone) reasons.push('SAME_PHONE');
    if (r.sameNationalId) reasons.push('SAME_NATIONAL_ID');
    if (r.sameNameAndBirth) reasons.push('SAME_NAME_AND_DATE_OF_BIRTH');
    return {
      id: r.id,
      mrn: r.mrn,
      name: displayName(r),
      phone: r.phone,
      dateOfBirth: r.dateOfBirth,
      archived: r.archivedAt !== null,
      reasons,
    };
  });
}

// spec: PAT-DUP-1
/**
 * A national ID belongs to one record. The refusal names the record holding it (id and MRN, no
 * personal data) so the desk can open that chart instead.
 */
export async function refuseTakenNationalId(tx: Tx, nationalId: string, excludeId?: string): Promise<void> {
  const [holder] = await tx
    .select({ id: patients.id, mrn: patients.mrn })
    .from(patients)
    .where(
      and(eq(patients.nationalId, nationalId), excludeId ? sql`${patients.id} <> ${excludeId}` : undefined),
    );
  if (holder) throw nationalIdTaken(holder);
}

export function nationalIdTaken(holder?: { id: string; mrn: string }): AppError {
  return new AppError('DUPLICATE', 'Another patient record already has this national ID', {
    field: 'body.nationalId',
    ...(holder ? { patientId: holder.id, mrn: holder.mrn } : {}),
  });
}

/** True when `err` is PostgreSQL refusing a second record with the same national ID. */
export function isNationalIdViolation(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === '23505' && constraint === 'patients_national_id_key') return true;
  }
  return false;
}
