import { mulMinor } from '@modern-emr/domain';
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/app-error';
import type { serviceCatalog } from '../catalog';
import { unitPriceFor } from '../hmo';
import type { VisitRow } from '../visit-records';
import { visitInsurance } from '../visit-records';
import { charges } from './billing.schema';
import type { ChargeRow } from './visit-billing.service';

type ServiceRow = typeof serviceCatalog.$inferSelect;

export interface NewCharge {
  visit: VisitRow;
  service: ServiceRow;
  quantity: number;
  createdBy: string;
  /** Added by the system when the visit opened (registration / consultation fees). */
  autoBilled?: boolean;
  /**
   * Position among charges added in one transaction. Its charges would otherwise share the
   * transaction's time and "oldest first" (payment allocation, HMO cover) would fall back to their
   * random ids; each position adds a millisecond to the database's time instead. The database's
   * clock, not the app's, so these charges sort correctly against charges added later.
   */
  positionInBatch?: number;
}

// spec: DOM-PRICE-1, BILL-CHARGE-1
/**
 * Inserts one charge with the price snapshot: the HMO's tariff when the visit is billed to an HMO
 * with a tariff for the service, else the catalogue price. The caller holds the visit lock and must
 * call `recomputeVisitBilling` afterwards (shares and statuses are derived, not set here).
 */
export async function insertCharge(tx: Tx, input: NewCharge): Promise<ChargeRow> {
  const { visit, service, quantity } = input;
  if (visit.status === 'CLOSED')
    throw new AppError('VISIT_CLOSED', 'The visit is closed; add charges to a new visit');
  if (!service.active) {
    throw new AppError('CONFLICT', `Service ${service.code} is retired and cannot be charged`, {
      path: 'body.serviceCode',
    });
  }
  let providerId: string | null = null;
  if (visit.payer === 'HMO') {
    const [cover] = await tx
      .select({ providerId: visitInsurance.providerId })
      .from(visitInsurance)
      .where(eq(visitInsurance.visitId, visit.id));
    providerId = cover?.providerId ?? null;
  }
  const unitPrice = await unitPriceFor(tx, service, providerId);
  const [row] = await tx
    .insert(charges)
    .values({
      visitId: visit.id,
      patientId: visit.patientId,
      serviceId: service.id,
      serviceCode: service.code,
      serviceName: service.name,
      department: service.department,
      billTiming: service.billTiming,
      unitPriceMinor: unitPrice,
      quantity,
      amountMinor: mulMinor(unitPrice, quantity),
      autoBilled: input.autoBilled ?? false,
      ...(input.positionInBatch
        ? { createdAt: sql`now() + ${input.positionInBatch}::int * interval '1 millisecond'` }
        : {}),
      createdBy: input.createdBy,
    })
    .returning();
  if (!row) throw new Error('charge insert returned no row');
  return row;
}
