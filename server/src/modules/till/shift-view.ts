import { expectedTill, type Shift, type TillAmounts, tillTotals, tillVariance } from '@modern-emr/domain';
import { eq, getTableColumns, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { users } from '../identity';
import { shiftMovements } from './shift-movements';
import { type MethodAmounts, tillShifts } from './till.schema';

export type ShiftRow = typeof tillShifts.$inferSelect & { cashierName: string };

/** Shift rows with the cashier's name, for the `where` given (callers add order and paging). */
export function selectShifts(db: Db | Tx, where: SQL | undefined) {
  return db
    .select({ ...getTableColumns(tillShifts), cashierName: users.fullName })
    .from(tillShifts)
    .innerJoin(users, eq(users.id, tillShifts.cashierId))
    .where(where);
}

function stored(amounts: MethodAmounts): TillAmounts {
  return { CASH: amounts.CASH ?? 0, POS: amounts.POS ?? 0, TRANSFER: amounts.TRANSFER ?? 0 };
}

/**
 * The API view of shifts. An open shift's expected figures are computed now; a closed shift shows
 * the figures frozen when it closed, beside the count and the variance.
 */
export async function toShiftViews(db: Db | Tx, rows: ShiftRow[]): Promise<Shift[]> {
  const movements = await shiftMovements(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const moved = movements.get(row.id);
    if (!moved) throw new Error('movements missing for a shift');
    const frozen =
      row.expected && row.counted ? { expected: stored(row.expected), counted: stored(row.counted) } : null;
    return {
      id: row.id,
      cashierId: row.cashierId,
      cashierName: row.cashierName,
      status: row.status,
      openingFloat: row.openingFloatMinor,
      openedAt: row.openedAt.toISOString(),
      closedAt: row.closedAt?.toISOString() ?? null,
      movements: moved,
      expected: frozen ? tillTotals(frozen.expected) : expectedTill(row.openingFloatMinor, moved),
      counted: frozen ? tillTotals(frozen.counted) : null,
      variance: frozen ? tillVariance(frozen.expected, frozen.counted) : null,
      note: row.closingNote,
    };
  });
}
