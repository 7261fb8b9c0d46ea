import {
  type DoctorWorklistQuery,
  isCleared,
  localDateOf,
  localDayRange,
  type Page,
  type PageQuery,
  VISIT_PAYMENT_STATUSES,
  type VisitListItem,
} from '@modern-emr/domain';
import { and, asc, desc, eq, gte, inArray, isNull, lt, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { consultations } from '../consultation';
import { getSettings } from '../settings';
import { visits } from '../visit-records';
import { pageOfVisitItems } from '../visits';

const CLEARED = VISIT_PAYMENT_STATUSES.filter(isCleared);
const NOT_CLEARED = VISIT_PAYMENT_STATUSES.filter((s) => !isCleared(s));

/** Reception: every visit opened today on the clinic's calendar, in arrival order (visits_opened_idx). */
export async function receptionWorklist(db: Db, now: Date, page: PageQuery): Promise<Page<VisitListItem>> {
  const { timeZone } = await getSettings(db);
  const { start, end } = localDayRange(localDateOf(now, timeZone), timeZone);
  return pageOfVisitItems(
    db,
    and(gte(visits.openedAt, start), lt(visits.openedAt, end)),
    [asc(visits.openedAt)],
    page,
  );
}

// spec: WORK-1
/**
 * Cashier: open visits the patient cannot yet see the doctor for (UNPAID, PARTIALLY_PAID,
 * INSURANCE_PENDING), longest waiting first (visits_status_payment_idx).
 */
export async function cashierWorklist(db: Db, page: PageQuery): Promise<Page<VisitListItem>> {
  return pageOfVisitItems(
    db,
    and(eq(visits.status, 'OPEN'), inArray(visits.paymentStatus, NOT_CLEARED)),
    [asc(visits.openedAt)],
    page,
  );
}

// spec: WORK-1
/**
 * Doctor: open visits that may be seen (cleared, or an emergency) whose consultation is not yet
 * completed; emergencies first, then longest waiting. `mine` keeps the caller's assigned visits.
 */
export async function doctorWorklist(
  db: Db,
  query: DoctorWorklistQuery,
  doctorId: string,
): Promise<Page<VisitListItem>> {
  return pageOfVisitItems(
    db,
    and(
      eq(visits.status, 'OPEN'),
      or(inArray(visits.paymentStatus, CLEARED), eq(visits.emergency, true)),
      or(isNull(consultations.status), ne(consultations.status, 'COMPLETED')),
      query.mine ? eq(visits.assignedDoctorId, doctorId) : undefined,
    ),
    [desc(visits.emergency), asc(visits.openedAt)],
    query,
  );
}
