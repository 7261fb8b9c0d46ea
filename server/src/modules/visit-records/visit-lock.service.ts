import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { notFound } from '../../http/app-error';
import { type VisitRow, visits } from './visits.schema';

/**
 * Locks the visit row for the rest of the transaction. Every change to a visit's money or record
 * takes this lock first, so concurrent payments, charges, approvals and notes on one visit run one
 * after another and each recomputes from the other's committed result.
 */
export async function lockVisit(tx: Tx, visitId: string): Promise<VisitRow> {
  const [visit] = await tx.select().from(visits).where(eq(visits.id, visitId)).for('update');
  if (!visit) throw notFound('visit');
  return visit;
}
