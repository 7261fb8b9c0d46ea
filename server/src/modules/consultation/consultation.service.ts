import {
  type Consultation,
  type ConsultationFields,
  consultationCompleteRefusal,
  consultationGate,
} from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { AppError, notFound } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { users } from '../identity';
import { lockVisit, paymentNotCleared, type VisitRow, visitClosed, visits } from '../visit-records';
import { consultations } from './consultation.schema';

type ConsultationRow = typeof consultations.$inferSelect;

const TEXT_FIELDS = ['presentingComplaint', 'history', 'examination', 'plan', 'notes'] as const;

/** The columns the fields set; an empty text clears its column. */
function columnsOf(fields: ConsultationFields) {
  const columns: Partial<Pick<ConsultationRow, (typeof TEXT_FIELDS)[number] | 'diagnoses'>> = {};
  for (const name of TEXT_FIELDS) {
    const value = fields[name];
    if (value !== undefined) columns[name] = value === '' ? null : value;
  }
  if (fields.diagnoses) columns.diagnoses = fields.diagnoses;
  return columns;
}

async function view(tx: Tx, row: ConsultationRow): Promise<Consultation> {
  const [doctor] = await tx
    .select({ fullName: users.fullName })
    .from(users)
    .where(eq(users.id, row.doctorId));
  return {
    id: row.id,
    visitId: row.visitId,
    doctorId: row.doctorId,
    doctorName: doctor?.fullName ?? '',
    status: row.status,
    presentingComplaint: row.presentingComplaint,
    history: row.history,
    examination: row.examination,
    diagnoses: row.diagnoses,
    plan: row.plan,
    notes: row.notes,
    startedAt: row.startedAt.toISOString(),
    completedAt: row.completedAt ? row.completedAt.toISOString() : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function audit(
  tx: Tx,
  ctx: AuditContext,
  visit: VisitRow,
  row: ConsultationRow,
  action: string,
  fields?: ConsultationFields,
) {
  await recordAudit(tx, ctx, {
    action,
    entityType: 'consultation',
    entityId: row.id,
    patientId: visit.patientId,
    visitId: visit.id,
    // Which fields changed, never what they say.
    ...(fields ? { metadata: { fields: Object.keys(fields).sort() } } : {}),
  });
}

/** The open visit, locked, and its consultation row locked with it (or undefined). */
async function lockForWrite(tx: Tx, visitId: string) {
  const visit = await lockVisit(tx, visitId);
  if (visit.status === 'CLOSED') throw visitClosed();
  const [row] = await tx.select().from(consultations).where(eq(consultations.visitId, visitId)).for('update');
  return { visit, row };
}

// spec: DOM-VISIT-1, BILL-GATE-2, VISIT-EMERG-1
/**
 * Starts the visit's one consultation, behind the payment gate: re-checked here under the visit
 * lock, because the gate ran before this transaction. An emergency start is a gate bypass, audited.
 */
export async function startConsultation(
  db: Db,
  visitId: string,
  fields: ConsultationFields,
  now: Date,
  ctx: AuditContext,
): Promise<Consultation> {
  const doctorId = ctx.actorId;
  if (!doctorId) throw new Error('starting a consultation needs a signed-in doctor');
  return inTransaction(db, async (tx) => {
    const { visit, row: existing } = await lockForWrite(tx, visitId);
    const gate = consultationGate(visit);
    if (!gate.allowed) throw paymentNotCleared(gate.paymentStatus);
    if (existing) {
      throw new AppError('DUPLICATE', 'The visit already has a consultation; edit it instead', {
        consultationId: existing.id,
        status: existing.status,
      });
    }
    const [row] = await tx
      .insert(consultations)
      .values({ visitId, doctorId, ...columnsOf(fields), startedAt: now, updatedAt: now })
      .returning();
    if (!row) throw new Error('consultation insert returned no row');
    if (gate.bypassed) {
      await recordAudit(tx, ctx, {
        action: 'payment_gate.bypass',
        entityType: 'consultation',
        entityId: row.id,
        patientId: visit.patientId,
        visitId,
        metadata: { gate: 'consultation', paymentStatus: visit.paymentStatus },
      });
    }
    await audit(tx, ctx, visit, row, 'consultation.start', fields);
    return view(tx, row);
  });
}

// spec: BILL-GATE-5
/**
 * Edits an IN_PROGRESS consultation. Not re-gated on payment: orders added during the consultation
 * make the visit owe money, and the doctor must still be able to finish writing.
 */
export async function updateConsultation(
  db: Db,
  visitId: string,
  fields: ConsultationFields,
  now: Date,
  ctx: AuditContext,
): Promise<Consultation> {
  return inTransaction(db, async (tx) => {
    const { visit, row } = await lockForWrite(tx, visitId);
    if (!row) throw notFound('consultation');
    if (row.status === 'COMPLETED') {
      throw new AppError('IMMUTABLE_RECORD', 'A completed consultation cannot change; add an addendum');
    }
    const [updated] = await tx
      .update(consultations)
      .set({ ...columnsOf(fields), updatedAt: now })
      .where(eq(consultations.id, row.id))
      .returning();
    if (!updated) throw new Error('consultation update returned no row');
    await audit(tx, ctx, visit, updated, 'consultation.update', fields);
    return view(tx, updated);
  });
}

// spec: CONS-1
/** IN_PROGRESS → COMPLETED, once, with a primary diagnosis; from then on the record is immutable. */
export async function completeConsultation(
  db: Db,
  visitId: string,
  now: Date,
  ctx: AuditContext,
): Promise<Consultation> {
  return inTransaction(db, async (tx) => {
    const { visit, row } = await lockForWrite(tx, visitId);
    if (!row) throw notFound('consultation');
    const refusal = consultationCompleteRefusal(row);
    if (refusal === 'ALREADY_COMPLETED') {
      throw new AppError('IMMUTABLE_RECORD', 'The consultation is already completed');
    }
    if (refusal === 'DIAGNOSIS_REQUIRED') {
      throw new AppError(
        'DIAGNOSIS_REQUIRED',
        'Record a primary diagnosis before completing the consultation',
      );
    }
    const [completed] = await tx
      .update(consultations)
      .set({ status: 'COMPLETED', completedAt: now, updatedAt: now })
      .where(eq(consultations.id, row.id))
      .returning();
    if (!completed) throw new Error('consultation update returned no row');
    await audit(tx, ctx, visit, completed, 'consultation.complete');
    return view(tx, completed);
  });
}

/** Reading the consultation is a chart view: audited, also on a closed visit. */
export async function viewConsultation(db: Db, visitId: string, ctx: AuditContext): Promise<Consultation> {
  return inTransaction(db, async (tx) => {
    const [found] = await tx
      .select({ patientId: visits.patientId, row: consultations })
      .from(visits)
      .leftJoin(consultations, eq(consultations.visitId, visits.id))
      .where(eq(visits.id, visitId));
    if (!found) throw notFound('visit');
    const { row } = found;
    if (!row) throw notFound('consultation');
    await recordAudit(tx, ctx, {
      action: 'consultation.view',
      entityType: 'consultation',
      entityId: row.id,
      patientId: found.patientId,
      visitId,
    });
    return view(tx, row);
  });
}
