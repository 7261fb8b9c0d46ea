import { DEFAULT_CLINIC_SETTINGS } from '@modern-emr/domain';
import type { Db } from '../db/database';
import { inTransaction } from '../db/transaction';
import { serviceCatalog } from '../modules/catalog/catalog.schema';
import { clinicSettings } from '../modules/settings/settings.schema';
import { STARTER_CATALOG } from './starter-catalog';

export interface SeedResult {
  catalogItemsAdded: number;
}

/**
 * Demo data for development and trials. Safe to run repeatedly: existing rows are left as
 * they are, so a clinic's edits to a trial install survive a restart.
 */
export async function seedDemoData(db: Db): Promise<SeedResult> {
  return inTransaction(db, async (tx) => {
    await tx
      .insert(clinicSettings)
      .values({
        id: 1,
        ...DEFAULT_CLINIC_SETTINGS,
        clinicName: 'Modern EMR Demo Clinic',
        address: '12 Awolowo Road, Ikoyi, Lagos',
      })
      .onConflictDoNothing();
    const added = await tx
      .insert(serviceCatalog)
      .values(STARTER_CATALOG.map(({ price, ...item }) => ({ ...item, priceMinor: price })))
      .onConflictDoNothing({ target: serviceCatalog.code })
      .returning({ id: serviceCatalog.id });
    return { catalogItemsAdded: added.length };
  });
}
