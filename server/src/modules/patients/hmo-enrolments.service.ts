import type { HmoEnrolment, HmoEnrolmentInput, HmoEnrolmentPatch } from '@modern-emr/domain';
import { and, desc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { AppError, notFound } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { hmoProviders } from '../hmo';
import { lockEditablePatient, requirePatient } from './patient-lock';
import { patientHmoEnrolments } from './patients.schema';

export interface ActiveEnrolment {
  providerId: string;
  policyNumber: string;
  coverage: 'FULL' | 'PARTIAL';
  coveragePercent: number;
}

/**
 * The enrolment that pre-fills HMO cover when a visit is opened on `onDate` (YYYY-MM-DD): active,
 * valid on that day (open ends count as valid) and with a provider the clinic still bills. When a
 * patient holds several, the most recently created wins, since that is the card they last showed.
 */
export async function findActiveEnrolment(
  db: Db | Tx,
  patientId: string,
  onDate: string,
): Promise<ActiveEnrolment | null> {
  const [row] = await db
    .select({
      providerId: patientHmoEnrolments.providerId,
      policyNumber: patientHmoEnrolments.policyNumber,
      coverage: patientHmoEnrolments.coverage,
      coveragePercent: patientHmoEnrolments.coveragePercent,
    })
    .from(patientHmoEnrolments)
    .innerJoin(hmoProviders, eq(hmoProviders.id, patientHmoEnrolments.providerId))
    .where(
      and(
        eq(patientHmoEnrolments.patientId, patientId),
        eq(patientHmoEnrolments.active, true),
        eq(hmoProviders.active, true),
        or(isNull(patientHmoEnrolments.validFrom), lte(patientHmoEnrolments.validFrom, onDate)),
        or(isNull(patientHmoEnrolments.validTo), gte(patientHmoEnrolments.validTo, onDate)),
      ),
    )
    .orderBy(desc(patientHmoEnrolments.createdAt), desc(patientHmoEnrolments.id))
    .limit(1);
  return row ?? null;
}

const enrolmentColumns = {
  id: patientHmoEnrolments.id,
  patientId: patientHmoEnrolments.patientId,
  providerId: patientHmoEnrolments.providerId,
  providerCode: hmoProviders.code,
  providerName: hmoProviders.name,
  policyNumber: patientHmoEnrolments.policyNumber,
  plan: patientHmoEnrolments.plan,
  coverage: patientHmoEnrolments.coverage,
  coveragePercent: patientHmoEnrolments.coveragePercent,
  validFrom: patientHmoEnrolments.validFrom,
  validTo: patientHmoEnrolments.validTo,
  active: patientHmoEnrolments.active,
  createdAt: patientHmoEnrolments.createdAt,
};

/** A patient's enrolments, active ones first, newest first within each. */
export async function listEnrolments(db: Db | Tx, patientId: string): Promise<HmoEnrolment[]> {
  const rows = await db
    .select(enrolmentColumns)
    .from(patientHmoEnrolments)
    .innerJoin(hmoProviders, eq(hmoProviders.id, patientHmoEnrolments.providerId))
    .where(eq(patientHmoEnrolments.patientId, patientId))
    .orderBy(
      desc(patientHmoEnrolments.active),
      desc(patientHmoEnrolments.createdAt),
      desc(patientHmoEnrolments.id),
    );
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** The enrolments of a patient on file (archived ones included: their history stays readable). */
export async function patientEnrolments(db: Db, patientId: string): Promise<HmoEnrolment[]> {
  return inTransaction(db, async (tx) => {
    await requirePatient(tx, patientId);
    return listEnrolments(tx, patientId);
  });
}

async function readEnrolment(tx: Tx, patientId: string, enrolmentId: string): Promise<HmoEnrolment> {
  const [row] = await tx
    .select(enrolmentColumns)
    .from(patientHmoEnrolments)
    .innerJoin(hmoProviders, eq(hmoProviders.id, patientHmoEnrolments.providerId))
    .where(and(eq(patientHmoEnrolments.id, enrolmentId), eq(patientHmoEnrolments.patientId, patientId)));
  if (!row) throw notFound('HMO enrolment');
  return { ...row, createdAt: row.createdAt.toISOString() };
}

async function requireActiveProvider(tx: Tx, providerId: string): Promise<void> {
  const [provider] = await tx
    .select({ active: hmoProviders.active })
    .from(hmoProviders)
    .where(eq(hmoProviders.id, providerId));
  if (!provider?.active) {
    throw new AppError('UNPROCESSABLE', 'The HMO provider does not exist or is no longer active', [
      { path: 'body.providerId', message: 'must be an active HMO provider' },
    ]);
  }
}

/** Enrols a patient with an HMO; the patient must be on file and not archived. */
export async function createEnrolment(
  db: Db,
  patientId: string,
  input: HmoEnrolmentInput,
  ctx: AuditContext,
): Promise<HmoEnrolment> {
  return inTransaction(db, async (tx) => {
    await lockEditablePatient(tx, patientId);
    await requireActiveProvider(tx, input.providerId);
    const [row] = await tx
      .insert(patientHmoEnrolments)
      .values({
        patientId,
        providerId: input.providerId,
        policyNumber: input.policyNumber,
        plan: input.plan ?? null,
        coverage: input.coverage,
        coveragePercent: input.coveragePercent,
        validFrom: input.validFrom ?? null,
        validTo: input.validTo ?? null,
        createdBy: ctx.actorId,
      })
      .returning({ id: patientHmoEnrolments.id });
    if (!row) throw new Error('enrolment insert returned no row');
    await recordAudit(tx, ctx, {
      action: 'patient.hmo-enrolment.create',
      entityType: 'patient_hmo_enrolment',
      entityId: row.id,
      patientId,
      metadata: {
        providerId: input.providerId,
        coverage: input.coverage,
        coveragePercent: input.coveragePercent,
      },
    });
    return readEnrolment(tx, patientId, row.id);
  });
}

/** Deactivates an enrolment or changes its validity, plan or policy number; audited by field name. */
export async function updateEnrolment(
  db: Db,
  patientId: string,
  enrolmentId: string,
  patch: HmoEnrolmentPatch,
  ctx: AuditContext,
): Promise<HmoEnrolment> {
  return inTransaction(db, async (tx) => {
    await lockEditablePatient(tx, patientId);
    const current = await readEnrolment(tx, patientId, enrolmentId);
    const validFrom = patch.validFrom === undefined ? current.validFrom : patch.validFrom;
    const validTo = patch.validTo === undefined ? current.validTo : patch.validTo;
    if (validFrom && validTo && validFrom > validTo) {
      throw new AppError('VALIDATION_FAILED', 'The request is invalid', [
        { path: 'body.validTo', message: 'must not be before validFrom' },
      ]);
    }
    const changed = (Object.keys(patch) as (keyof HmoEnrolmentPatch)[]).filter(
      (k) => patch[k] !== undefined && patch[k] !== current[k],
    );
    if (changed.length === 0) return current;
    await tx
      .update(patientHmoEnrolments)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(patientHmoEnrolments.id, enrolmentId));
    await recordAudit(tx, ctx, {
      action: 'patient.hmo-enrolment.update',
      entityType: 'patient_hmo_enrolment',
      entityId: enrolmentId,
      patientId,
      metadata: { fields: changed },
    });
    return readEnrolment(tx, patientId, enrolmentId);
  });
}
