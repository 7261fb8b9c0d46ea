import { DEFAULT_CLINIC_SETTINGS } from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { inTransaction } from '../db/transaction';
import { serviceCatalog } from '../modules/catalog';
import { hashPassword, securityPolicy, users } from '../modules/identity';
import { clinicSettings } from '../modules/settings';
import { seedDemoHmoProviders } from './demo-hmo';
import { seedDemoPatients } from './demo-patients';
import { DEMO_USERS } from './demo-users';
import { STARTER_CATALOG } from './starter-catalog';

export interface SeedResult {
  catalogItemsAdded: number;
  usersAdded: number;
  hmoProvidersAdded: number;
  patientsAdded: number;
}

export interface SeedOptions {
  /** DEMO_PASSWORD: every demo user's permanent password. */
  demoPassword: string;
}

/**
 * Demo data for development and trials. Safe to run repeatedly: existing rows are left as
 * they are, so a clinic's edits to a trial install survive a restart.
 */
export async function seedDemoData(db: Db, options: SeedOptions): Promise<SeedResult> {
  const passwordHash = await hashPassword(options.demoPassword);
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
    // Demo passwords are permanent and the demo requires no MFA, so each role can sign in at once.
    const usersAdded = await tx
      .insert(users)
      .values(
        DEMO_USERS.map((u) => ({
          username: u.username,
          fullName: u.fullName,
          roles: [u.role],
          passwordHash,
          mustChangePassword: false,
        })),
      )
      .onConflictDoNothing({ target: users.username })
      .returning({ id: users.id });
    await tx.insert(securityPolicy).values({ id: 1, mfaRequiredRoles: [] }).onConflictDoNothing();
    const hmoProvidersAdded = await seedDemoHmoProviders(tx);
    const [reception] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'reception'));
    if (!reception) throw new Error('the demo receptionist was not created');
    const patientsAdded = await seedDemoPatients(tx, reception.id);
    return {
      catalogItemsAdded: added.length,
      usersAdded: usersAdded.length,
      hmoProvidersAdded,
      patientsAdded,
    };
  });
}
