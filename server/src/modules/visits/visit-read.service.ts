import {
  localDayRange,
  type Page,
  type Visit,
  type VisitListItem,
  type VisitListQuery,
} from '@modern-emr/domain';
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { getSettings } from '../settings';
import { visits } from '../visit-records';
import { pageOfVisitItems } from './visit-items.service';
import { readVisit } from './visit-view';

/** A visit's detail is part of the patient's chart, so every view is audited. */
export async function viewVisit(db: Db, visitId: string, ctx: AuditContext): Promise<Visit> {
  return inTransaction(db, async (tx) => {
    const visit = await readVisit(tx, visitId);
    await recordAudit(tx, ctx, {
      action: 'visit.view',
      entityType: 'visit',
      entityId: visit.id,
      patientId: visit.patientId,
      visitId: visit.id,
    });
    return visit;
  });
}

/** `GET /visits`: newest first, filtered; `date` is a day of the clinic's calendar, not UTC's. */
export async function listVisits(db: Db, query: VisitListQuery): Promise<Page<VisitListItem>> {
  const conditions: SQL[] = [];
  if (query.status) conditions.push(eq(visits.status, query.status));
  if (query.paymentStatus) conditions.push(eq(visits.paymentStatus, query.paymentStatus));
  if (query.patientId) conditions.push(eq(visits.patientId, query.patientId));
  if (query.doctorId) conditions.push(eq(visits.assignedDoctorId, query.doctorId));
  if (query.date) {
    const { timeZone } = await getSettings(db);
    const { start, end } = localDayRange(query.date, timeZone);
    conditions.push(gte(visits.openedAt, start), lt(visits.openedAt, end));
  }
  return pageOfVisitItems(db, and(...conditions), [desc(visits.openedAt)], query);
}
