import {
  can,
  expectedTill,
  localDateOf,
  type Page,
  pageOffset,
  type Role,
  type Shift,
  type ShiftCloseRequest,
  type ShiftListQuery,
  tillVariance,
} from '@modern-emr/domain';
import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { Clock } from '../../clock';
import type { Db } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { AppError, notFound } from '../../http/app-error';
import type { AuditContext } from '../audit';
import { recordAudit } from '../audit';
import { getSettings } from '../settings';
import { lockTillDay } from './day-lock';
import { shiftMovements } from './shift-movements';
import { selectShifts, toShiftViews } from './shift-view';
import { endOfDayReports, tillShifts } from './till.schema';

async function viewOf(db: Db, where: SQL | undefined): Promise<Shift | null> {
  const rows = await selectShifts(db, where);
  const [view] = await toShiftViews(db, rows);
  return view ?? null;
}

export async function openShift(
  db: Db,
  clock: Clock,
  cashierId: string,
  openingFloat: number,
  ctx: AuditContext,
): Promise<Shift> {
  const id = await inTransaction(db, async (tx) => {
    await lockTillDay(tx);
    const now = clock();
    const today = localDateOf(now, (await getSettings(tx)).timeZone);
    const [finalised] = await tx
      .select({ date: endOfDayReports.reportDate })
      .from(endOfDayReports)
      .where(eq(endOfDayReports.reportDate, today));
    if (finalised) {
      throw new AppError(
        'DAY_FINALISED',
        `The end-of-day report for ${today} is finalised; no new shift today`,
        {
          date: today,
        },
      );
    }
    // The partial unique index (one OPEN shift per cashier) decides, even for two opens at once.
    const [row] = await tx
      .insert(tillShifts)
      .values({ cashierId, openingFloatMinor: openingFloat, openedAt: now })
      .onConflictDoNothing()
      .returning({ id: tillShifts.id });
    if (!row) {
      const [open] = await tx
        .select({ id: tillShifts.id })
        .from(tillShifts)
        .where(and(eq(tillShifts.cashierId, cashierId), eq(tillShifts.status, 'OPEN')));
      throw new AppError('SHIFT_ALREADY_OPEN', 'You already have an open shift; close it first', {
        shiftId: open?.id,
      });
    }
    await recordAudit(tx, ctx, {
      action: 'till.shift.open',
      entityType: 'till_shift',
      entityId: row.id,
      metadata: { openingFloat },
    });
    return row.id;
  });
  const view = await viewOf(db, eq(tillShifts.id, id));
  if (!view) throw notFound('Shift');
  return view;
}

/**
 * The caller's open shift with its running expected totals, or null when none is open: having no
 * shift is the cashier's normal state at the start of the day, not a missing resource, so the
 * page asks without a 404 in the browser's console. spec: WEB-DATA-1
 */
export async function currentShift(db: Db, cashierId: string): Promise<Shift | null> {
  const view = await viewOf(
    db,
    and(eq(tillShifts.cashierId, cashierId), eq(tillShifts.status, 'OPEN')) as SQL,
  );
  return view ?? null;
}

// spec: TILL-1
/**
 * Freezes the shift: expected per method (computed now), what was counted, and the total variance.
 * The row lock waits for payments still committing against the shift (they share-lock it), so
 * every one of them is in the figure. After this the database refuses any change to the shift.
 */
export async function closeShift(
  db: Db,
  clock: Clock,
  cashierId: string,
  request: ShiftCloseRequest,
  ctx: AuditContext,
): Promise<Shift> {
  const id = await inTransaction(db, async (tx) => {
    const [shift] = await tx
      .select()
      .from(tillShifts)
      .where(and(eq(tillShifts.cashierId, cashierId), eq(tillShifts.status, 'OPEN')))
      .for('update');
    if (!shift) throw new AppError('SHIFT_NOT_OPEN', 'You have no open shift to close');
    const moved = (await shiftMovements(tx, [shift.id])).get(shift.id);
    if (!moved) throw new Error('movements missing for the shift');
    const { total: expectedTotal, ...expected } = expectedTill(shift.openingFloatMinor, moved);
    const variance = tillVariance(expected, request.counted);
    await tx
      .update(tillShifts)
      .set({
        status: 'CLOSED',
        closedAt: clock(),
        expected,
        counted: request.counted,
        varianceMinor: variance.total,
        closingNote: request.note ?? null,
      })
      .where(eq(tillShifts.id, shift.id));
    await recordAudit(tx, ctx, {
      action: 'till.shift.close',
      entityType: 'till_shift',
      entityId: shift.id,
      // Audit metadata is flat: totals and the per-method variance are what a reviewer looks for.
      metadata: {
        expected: expectedTotal,
        counted: variance.total + expectedTotal,
        variance: variance.total,
        varianceCash: variance.CASH,
        variancePos: variance.POS,
        varianceTransfer: variance.TRANSFER,
      },
    });
    return shift.id;
  });
  const view = await viewOf(db, eq(tillShifts.id, id));
  if (!view) throw notFound('Shift');
  return view;
}

/** A cashier sees their own shifts; a reviewer (ADMIN) sees anyone's. */
export async function listShifts(
  db: Db,
  caller: { userId: string; roles: readonly Role[] },
  query: ShiftListQuery,
): Promise<Page<Shift>> {
  const reviewer = can(caller.roles, 'till.review');
  if (!reviewer && query.cashierId !== undefined && query.cashierId !== caller.userId) {
    throw new AppError('FORBIDDEN', 'You may list only your own shifts');
  }
  const cashierId = reviewer ? query.cashierId : caller.userId;
  const conditions: SQL[] = [];
  if (cashierId) conditions.push(eq(tillShifts.cashierId, cashierId));
  if (query.from) conditions.push(gte(tillShifts.openedAt, query.from));
  if (query.to) conditions.push(lt(tillShifts.openedAt, query.to));
  if (query.status) conditions.push(eq(tillShifts.status, query.status));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [rows, [count]] = await Promise.all([
    selectShifts(db, where)
      .orderBy(desc(tillShifts.openedAt), desc(tillShifts.id))
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    db.select({ n: sql<number>`count(*)::int` }).from(tillShifts).where(where),
  ]);
  return {
    items: await toShiftViews(db, rows),
    total: count?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}
