import { type InsuranceCover, localDateOf, type OpenVisit, type Visit } from '@modern-emr/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { AppError, notFound } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { insertCharge, recomputeVisitBilling } from '../billing';
import { serviceCatalog } from '../catalog';
import { users } from '../identity';
import { nextDocumentNumber } from '../numbering';
import { findActiveEnrolment, patients } from '../patients';
import { getSettings } from '../settings';
import { visitInsurance, visits } from '../visit-records';
import { requireActiveProvider } from './hmo-provider-check';
import { isUniqueViolation } from './unique-violation';
import { readVisit } from './visit-view';

async function findOpenVisit(db: Db | Tx, patientId: string) {
  const [open] = await db
    .select({ id: visits.id, number: visits.number })
    .from(visits)
    .where(and(eq(visits.patientId, patientId), eq(visits.status, 'OPEN')));
  return open ?? null;
}

function visitAlreadyOpen(open: { id: string; number: string } | null): AppError {
  return new AppError(
    'VISIT_ALREADY_OPEN',
    'The patient already has an open visit; close it before opening another',
    open ? { visitId: open.id, number: open.number } : undefined,
  );
}

async function requireActiveDoctor(tx: Tx, userId: string): Promise<void> {
  const [user] = await tx
    .select({ roles: users.roles, active: users.active })
    .from(users)
    .where(eq(users.id, userId));
  if (!user?.active || !user.roles.includes('DOCTOR')) {
    throw new AppError('VALIDATION_FAILED', 'The assigned doctor must be an active doctor', [
      { path: 'body.assignedDoctorId', message: 'must be an active doctor' },
    ]);
  }
}

/** The cover typed at the desk, else the patient's active enrolment on the clinic's today. */
async function coverFor(tx: Tx, input: OpenVisit, today: string): Promise<InsuranceCover | null> {
  if (input.payer === 'CASH') return null;
  const cover = input.insurance ?? (await findActiveEnrolment(tx, input.patientId, today));
  if (!cover) {
    throw new AppError(
      'VALIDATION_FAILED',
      'An HMO visit needs cover: send the insurance details, or enrol the patient with an HMO first',
      [{ path: 'body.insurance', message: 'required: the patient has no active HMO enrolment' }],
    );
  }
  await requireActiveProvider(tx, cover.providerId, 'body.insurance.providerId');
  return cover;
}

/**
 * The catalogue's auto-billed fees for this visit (docs/spec/visit-rules.md): REGISTRATION only on the
 * patient's first visit ever, every other auto-billed department (the consultation fee) on each visit.
 */
async function autoBilledServices(tx: Tx, firstVisit: boolean) {
  const services = await tx
    .select()
    .from(serviceCatalog)
    .where(and(eq(serviceCatalog.active, true), eq(serviceCatalog.autoBill, true)))
    .orderBy(asc(serviceCatalog.department), asc(serviceCatalog.code));
  return services.filter((s) => firstVisit || s.department !== 'REGISTRATION');
}

// spec: VISIT-1, VISIT-OPEN-1, VISIT-FEE-1
/**
 * Opens a visit with its cover (PENDING) and auto-billed fees, numbered V-YYYY-NNNNNN in the clinic's
 * year, and stores its payment status. One OPEN visit per patient is the database's rule (the
 * partial unique index); the check here only gives the usual case a friendlier path.
 */
export async function openVisit(db: Db, input: OpenVisit, now: Date, ctx: AuditContext): Promise<Visit> {
  const actorId = ctx.actorId;
  if (!actorId) throw new Error('opening a visit needs a signed-in user');
  try {
    return await inTransaction(db, async (tx) => {
      const [patient] = await tx
        .select({ id: patients.id, archivedAt: patients.archivedAt })
        .from(patients)
        .where(eq(patients.id, input.patientId));
      if (!patient) throw notFound('patient');
      if (patient.archivedAt) {
        throw new AppError('CONFLICT', 'The patient record is archived; restore it before opening a visit');
      }
      const open = await findOpenVisit(tx, input.patientId);
      if (open) throw visitAlreadyOpen(open);
      if (input.assignedDoctorId) await requireActiveDoctor(tx, input.assignedDoctorId);
      const { timeZone } = await getSettings(tx);
      const today = localDateOf(now, timeZone);
      const cover = await coverFor(tx, input, today);
      const [earlier] = await tx
        .select({ id: visits.id })
        .from(visits)
        .where(eq(visits.patientId, input.patientId))
        .limit(1);

      const number = await nextDocumentNumber(tx, 'visit', Number(today.slice(0, 4)));
      const [visit] = await tx
        .insert(visits)
        .values({
          number,
          patientId: input.patientId,
          type: input.type,
          payer: input.payer,
          emergency: input.emergency,
          emergencyReason: input.emergencyReason ?? null,
          assignedDoctorId: input.assignedDoctorId ?? null,
          chiefComplaint: input.chiefComplaint ?? null,
          openedBy: actorId,
          openedAt: now,
          updatedAt: now,
        })
        .returning();
      if (!visit) throw new Error('visit insert returned no row');
      // Before the fees, so they are priced at the provider's tariff.
      if (cover) await tx.insert(visitInsurance).values({ visitId: visit.id, ...cover, createdBy: actorId });
      const fees = await autoBilledServices(tx, earlier === undefined);
      for (const [positionInBatch, service] of fees.entries()) {
        // In billing order: registration before consultation.
        await insertCharge(tx, {
          visit,
          service,
          quantity: 1,
          createdBy: actorId,
          autoBilled: true,
          positionInBatch,
        });
      }
      const billing = await recomputeVisitBilling(tx, visit.id);

      const ids = { entityType: 'visit', entityId: visit.id, patientId: visit.patientId, visitId: visit.id };
      await recordAudit(tx, ctx, {
        action: 'visit.open',
        ...ids,
        metadata: {
          number,
          type: visit.type,
          payer: visit.payer,
          coverFrom: cover ? (input.insurance ? 'REQUEST' : 'ENROLMENT') : null,
          autoBilled: fees.map((s) => s.code),
          paymentStatus: billing.paymentStatus,
        },
      });
      if (visit.emergency) {
        await recordAudit(tx, ctx, {
          action: 'visit.emergency',
          ...ids,
          metadata: { reason: visit.emergencyReason },
        });
      }
      return readVisit(tx, visit.id);
    });
  } catch (err) {
    // Two desks opening for one patient at once: the index lets one through, the other lands here.
    if (isUniqueViolation(err, 'visits_one_open_per_patient')) {
      throw visitAlreadyOpen(await findOpenVisit(db, input.patientId));
    }
    throw err;
  }
}
