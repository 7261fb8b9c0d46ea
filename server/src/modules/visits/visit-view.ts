import { isCleared, type Visit, type VisitInsuranceView } from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { notFound } from '../../http/app-error';
import { readVisitBilling } from '../billing';
import { consultations } from '../consultation';
import { hmoProviders } from '../hmo';
import { users } from '../identity';
import { patients } from '../patients';
import { type InsuranceRow, visitInsurance, visits } from '../visit-records';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function insuranceView(row: InsuranceRow, provider: { code: string; name: string }): VisitInsuranceView {
  return {
    id: row.id,
    providerId: row.providerId,
    providerCode: provider.code,
    providerName: provider.name,
    policyNumber: row.policyNumber,
    coverage: row.coverage,
    coveragePercent: row.coveragePercent,
    status: row.status,
    authorizationCode: row.authorizationCode,
    approvedAmount: row.approvedMinor,
    approvedAt: iso(row.approvedAt),
    rejectionReason: row.rejectionReason,
    rejectedAt: iso(row.rejectedAt),
    remittedAt: iso(row.remittedAt),
    createdAt: row.createdAt.toISOString(),
  };
}

/** The visit's cover with its provider's code and name, or null on a cash visit. */
export async function readInsuranceView(db: Db | Tx, visitId: string): Promise<VisitInsuranceView | null> {
  const [row] = await db
    .select({ cover: visitInsurance, code: hmoProviders.code, name: hmoProviders.name })
    .from(visitInsurance)
    .innerJoin(hmoProviders, eq(hmoProviders.id, visitInsurance.providerId))
    .where(eq(visitInsurance.visitId, visitId));
  return row ? insuranceView(row.cover, row) : null;
}

/** Everything `GET /visits/:id` shows: the visit, its patient, bill summary, cover and consultation. */
export async function readVisit(db: Db | Tx, visitId: string): Promise<Visit> {
  const [row] = await db
    .select({ visit: visits, patient: patients, doctorName: users.fullName })
    .from(visits)
    .innerJoin(patients, eq(patients.id, visits.patientId))
    .leftJoin(users, eq(users.id, visits.assignedDoctorId))
    .where(eq(visits.id, visitId));
  if (!row) throw notFound('visit');
  const { visit, patient } = row;
  // One after another: inside a transaction they share one connection anyway.
  const billing = await readVisitBilling(db, visit);
  const insurance = await readInsuranceView(db, visitId);
  const [consultation] = await db
    .select({
      id: consultations.id,
      status: consultations.status,
      doctorId: consultations.doctorId,
      startedAt: consultations.startedAt,
      completedAt: consultations.completedAt,
    })
    .from(consultations)
    .where(eq(consultations.visitId, visitId));
  return {
    id: visit.id,
    number: visit.number,
    patientId: visit.patientId,
    patient: {
      id: patient.id,
      mrn: patient.mrn,
      firstName: patient.firstName,
      middleName: patient.middleName,
      lastName: patient.lastName,
      sex: patient.sex,
      dateOfBirth: patient.dateOfBirth,
      phone: patient.phone,
    },
    type: visit.type,
    payer: visit.payer,
    emergency: visit.emergency,
    emergencyReason: visit.emergencyReason,
    assignedDoctorId: visit.assignedDoctorId,
    assignedDoctorName: row.doctorName,
    chiefComplaint: visit.chiefComplaint,
    status: visit.status,
    // The stored status is what the gates decide on; every money change keeps it current.
    paymentStatus: visit.paymentStatus,
    paymentCleared: isCleared(visit.paymentStatus),
    summary: billing.result.summary,
    insurance,
    consultation: consultation
      ? {
          id: consultation.id,
          status: consultation.status,
          doctorId: consultation.doctorId,
          startedAt: consultation.startedAt.toISOString(),
          completedAt: iso(consultation.completedAt),
        }
      : null,
    balanceDeferred: visit.deferredAt !== null,
    deferredAt: iso(visit.deferredAt),
    deferralReason: visit.deferralReason,
    invoiceNumber: visit.invoiceNumber,
    openedAt: visit.openedAt.toISOString(),
    openedBy: visit.openedBy,
    closedAt: iso(visit.closedAt),
    closedBy: visit.closedBy,
  };
}
