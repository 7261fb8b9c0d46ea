import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { hmoTariffs } from './hmo.schema';

// spec: CAT-2
/**
 * The unit price of a catalogue service for a visit's payer: the provider's active tariff when the
 * visit is on an HMO that negotiated one, otherwise the catalogue price.
 */
export async function unitPriceFor(
  db: Db | Tx,
  service: { id: string; priceMinor: number },
  providerId: string | null,
): Promise<number> {
  if (providerId === null) return service.priceMinor;
  const [tariff] = await db
    .select({ priceMinor: hmoTariffs.priceMinor })
    .from(hmoTariffs)
    .where(
      and(
        eq(hmoTariffs.providerId, providerId),
        eq(hmoTariffs.serviceId, service.id),
        eq(hmoTariffs.active, true),
      ),
    )
    .limit(1);
  return tariff?.priceMinor ?? service.priceMinor;
}
