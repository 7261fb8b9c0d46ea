import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/app-error';
import { tillShifts } from './till.schema';

/**
 * The cashier's open till shift, which every counter payment, refund payout and deposit belongs to.
 * Taking money without an open shift is refused so the end-of-day count always has a home. The row is
 * share-locked so a concurrent close waits until this money is committed and counted.
 */
export async function requireOpenShift(tx: Tx, cashierId: string): Promise<{ id: string }> {
  const [shift] = await tx
    .select({ id: tillShifts.id })
    .from(tillShifts)
    .where(and(eq(tillShifts.cashierId, cashierId), eq(tillShifts.status, 'OPEN')))
    .limit(1)
    .for('share');
  if (!shift) throw new AppError('SHIFT_NOT_OPEN', 'Open a till shift before taking money');
  return shift;
}
