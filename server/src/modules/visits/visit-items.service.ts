import { isCleared, type Page, type PageQuery, pageOffset, type VisitListItem } from '@modern-emr/domain';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { consultations } from '../consultation';
import { users } from '../identity';
import { patients } from '../patients';
import { visits } from '../visit-records';

/**
 * One page of visits as lists and worklists show them, with the patient's name and MRN, the assigned
 * doctor and the consultation's progress. Callers pass conditions their indexes serve
 * (visits_status_payment_idx, visits_opened_idx, visits_patient_opened_idx, visits_doctor_opened_idx).
 */
export async function pageOfVisitItems(
  db: Db,
  where: SQL | undefined,
  orderBy: SQL[],
  page: PageQuery,
): Promise<Page<VisitListItem>> {
  const [rows, [count]] = await Promise.all([
    db
      .select({
        visit: {
          id: visits.id,
          number: visits.number,
          patientId: visits.patientId,
          type: visits.type,
          payer: visits.payer,
          emergency: visits.emergency,
          status: visits.status,
          paymentStatus: visits.paymentStatus,
          outstanding: visits.outstandingMinor,
          assignedDoctorId: visits.assignedDoctorId,
          openedAt: visits.openedAt,
          closedAt: visits.closedAt,
        },
        firstName: patients.firstName,
        middleName: patients.middleName,
        lastName: patients.lastName,
        mrn: patients.mrn,
        doctorName: users.fullName,
        consultationStatus: consultations.status,
      })
      .from(visits)
      .innerJoin(patients, eq(patients.id, visits.patientId))
      .leftJoin(users, eq(users.id, visits.assignedDoctorId))
      .leftJoin(consultations, eq(consultations.visitId, visits.id))
      .where(where)
      .orderBy(...orderBy, visits.id)
      .limit(page.pageSize)
      .offset(pageOffset(page)),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(visits)
      .leftJoin(consultations, eq(consultations.visitId, visits.id))
      .where(where),
  ]);
  const items = rows.map(
    (r): VisitListItem => ({
      ...r.visit,
      patientName: [r.firstName, r.middleName, r.lastName].filter(Boolean).join(' '),
      mrn: r.mrn,
      paymentCleared: isCleared(r.visit.paymentStatus),
      assignedDoctorName: r.doctorName,
      consultationStatus: r.consultationStatus,
      openedAt: r.visit.openedAt.toISOString(),
      closedAt: r.visit.closedAt ? r.visit.closedAt.toISOString() : null,
    }),
  );
  return { items, total: count?.n ?? 0, page: page.page, pageSize: page.pageSize };
}
