import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/app-error';
import { tillShifts } from './till.schema';

/**
 * The cashier's open till shift, or null. The row is share-locked so a concurrent close waits until
 * money moved through it is committed and counted.
 */
export async function findOpenShift(tx: Tx, cashierId: string): Promise<{ id: string } | null> {
  const [shift] = await tx
    .select({ id: tillShifts.id })
    .from(tillShifts)
    .where(and(eq(tillShifts.cashierId, cashierId), eq(tillShifts.status, 'OPEN')))
    .limit(1)
    .for('share');
  return shift ?? null;
}

/**
 * The cashier's open till shift, which every counter payment, refund payout and deposit belongs to.
 * Taking money without an open shift is refused so the end-of-day count always has a home.
 */
export async function requireOpenShift(tx: Tx, cashierId: string): Promise<{ id: string }> {
  const shift = await findOpenShift(tx, cashierId);
  if (!shift) throw new AppError('SHIFT_NOT_OPEN', 'Open a till shift before taking money');
  return shift;
}
