import { type EndOfDayReport, endOfDayReportSchema, localDateOf, localDayRange } from '@modern-emr/domain';
import { and, asc, eq, gte, isNull, lt, or, sql } from 'drizzle-orm';
import type { Clock } from '../../clock';
import type { Db, Tx } from '../../db/database';
import { inOrder } from '../../db/in-order';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { users } from '../identity';
import { getSettings } from '../settings';
import { lockTillDay } from './day-lock';
import { listsOfDay } from './end-of-day-lists';
import { moneyOfDay } from './end-of-day-money';
import { selectShifts, toShiftViews } from './shift-view';
import { endOfDayReports, tillShifts } from './till.schema';

/** Shifts that overlap the day: opened before it ended and not closed before it began. */
function overlapping(from: Date, to: Date) {
  return and(lt(tillShifts.openedAt, to), or(isNull(tillShifts.closedAt), gte(tillShifts.closedAt, from)));
}

/** The live report for a clinic day, computed from the books as they are now. Never writes. */
async function buildReport(tx: Tx, date: string, timeZone: string, now: Date): Promise<EndOfDayReport> {
  const { start, end } = localDayRange(date, timeZone);
  const [money, lists, shiftRows] = await inOrder([
    () => moneyOfDay(tx, start, end),
    () => listsOfDay(tx, end),
    () => selectShifts(tx, overlapping(start, end)).orderBy(asc(tillShifts.openedAt), asc(tillShifts.id)),
  ]);
  return {
    date,
    timeZone,
    from: start.toISOString(),
    to: end.toISOString(),
    generatedAt: now.toISOString(),
    ...money,
    shifts: await toShiftViews(tx, shiftRows),
    ...lists,
    finalised: false,
    finalisedAt: null,
    finalisedBy: null,
    finalisedByName: null,
  };
}

async function storedReport(db: Db | Tx, date: string): Promise<EndOfDayReport | null> {
  const [row] = await db
    .select({ report: endOfDayReports, finalisedByName: users.fullName })
    .from(endOfDayReports)
    .innerJoin(users, eq(users.id, endOfDayReports.finalisedBy))
    .where(eq(endOfDayReports.reportDate, date));
  if (!row) return null;
  return {
    ...endOfDayReportSchema.parse(row.report.snapshot),
    finalised: true,
    finalisedAt: row.report.finalisedAt.toISOString(),
    finalisedBy: row.report.finalisedBy,
    finalisedByName: row.finalisedByName,
  };
}

// spec: EOD-1
/** A finalised day answers with its frozen snapshot; any other day is computed now. */
export async function getEndOfDay(db: Db, clock: Clock, date: string): Promise<EndOfDayReport> {
  return inTransaction(db, async (tx) => {
    // One snapshot for every query, so the totals, shifts and lists describe the same moment.
    await tx.execute(sql`set transaction isolation level repeatable read`);
    const stored = await storedReport(tx, date);
    if (stored) return stored;
    return buildReport(tx, date, (await getSettings(tx)).timeZone, clock());
  });
}

// spec: EOD-2
/**
 * Freezes the day's report. Refused for a day that has not started, while any shift overlapping
 * the day is open (its variance is not known yet), and a second time. Today may be finalised once
 * every shift is closed; after that no shift can open today (see `openShift`), so no counter money
 * can land in a frozen day.
 */
export async function finaliseEndOfDay(
  db: Db,
  clock: Clock,
  date: string,
  ctx: AuditContext,
): Promise<EndOfDayReport> {
  const actorId = ctx.actorId;
  if (!actorId) throw new AppError('NOT_AUTHENTICATED', 'Sign in to finalise a report');
  return inTransaction(db, async (tx) => {
    await lockTillDay(tx);
    const now = clock();
    const { timeZone } = await getSettings(tx);
    const today = localDateOf(now, timeZone);
    if (date > today) {
      throw new AppError('UNPROCESSABLE', `${date} has not started yet in the clinic's time zone`, { today });
    }
    if (await storedReport(tx, date)) {
      throw new AppError('IMMUTABLE_RECORD', `The end-of-day report for ${date} is already finalised`);
    }
    const { start, end } = localDayRange(date, timeZone);
    const open = await tx
      .select({ id: tillShifts.id })
      .from(tillShifts)
      .where(and(overlapping(start, end), eq(tillShifts.status, 'OPEN')));
    if (open.length > 0) {
      throw new AppError('SHIFTS_STILL_OPEN', 'Close every shift of the day before finalising it', {
        shiftIds: open.map((s) => s.id),
      });
    }
    const report = await buildReport(tx, date, timeZone, now);
    // The primary key on the date settles two finalisations at once: the second gets the 409.
    const [row] = await tx
      .insert(endOfDayReports)
      .values({ reportDate: date, timeZone, snapshot: report, finalisedBy: actorId, finalisedAt: now })
      .onConflictDoNothing()
      .returning({ date: endOfDayReports.reportDate });
    if (!row)
      throw new AppError('IMMUTABLE_RECORD', `The end-of-day report for ${date} is already finalised`);
    await recordAudit(tx, ctx, {
      action: 'report.end_of_day.finalise',
      entityType: 'end_of_day_report',
      entityId: date,
      metadata: {
        date,
        net: report.totals.net,
        outstanding: report.outstanding.total,
        revenueLeaks: report.revenueLeaks.count,
      },
    });
    const stored = await storedReport(tx, date);
    if (!stored) throw new Error('finalised report not readable');
    return stored;
  });
}
