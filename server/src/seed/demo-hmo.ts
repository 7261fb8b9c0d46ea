import type { Tx } from '../db/database';
import { hmoProviders } from '../modules/hmo';

/** Two fictional HMOs, enough to open HMO visits and exercise approvals in a demo. */
const DEMO_HMO_PROVIDERS = [
  {
    code: 'HARMONY',
    name: 'Harmony Health HMO',
    contactName: 'Authorisations desk',
    phone: '+2348030000101',
    email: 'authorisations@harmony-hmo.example',
    address: '5 Adeola Odeku Street, Victoria Island, Lagos',
  },
  {
    code: 'LAGOON',
    name: 'Lagoon Care HMO',
    contactName: 'Claims unit',
    phone: '+2348030000202',
    email: 'claims@lagooncare.example',
    address: '21 Allen Avenue, Ikeja, Lagos',
  },
];

/** Idempotent: providers already present (by code), and any edits made to them, are left alone. */
export async function seedDemoHmoProviders(tx: Tx): Promise<number> {
  const added = await tx
    .insert(hmoProviders)
    .values(DEMO_HMO_PROVIDERS)
    .onConflictDoNothing({ target: hmoProviders.code })
    .returning({ id: hmoProviders.id });
  return added.length;
}
