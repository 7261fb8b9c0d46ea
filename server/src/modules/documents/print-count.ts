import { and, count, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { auditLog } from '../audit';

/**
 * How many times a document was printed before, from the audit log that records every print.
 * The caller holds a row lock on the document's source row, so two simultaneous first prints
 * cannot both count zero. `scope` narrows the scan to one visit or patient (both are indexed).
 */
export async function priorPrints(
  tx: Tx,
  action: string,
  entityId: string,
  scope: { visitId: string } | { patientId: string },
): Promise<number> {
  const scoped =
    'visitId' in scope ? eq(auditLog.visitId, scope.visitId) : eq(auditLog.patientId, scope.patientId);
  const [row] = await tx
    .select({ n: count() })
    .from(auditLog)
    .where(and(scoped, eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
  return row?.n ?? 0;
}
