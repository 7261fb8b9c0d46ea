import { inArray } from 'drizzle-orm';
import type { Tx } from '../db/database';
import { nextMrn, patients } from '../modules/patients';

type DemoPatient = Pick<
  typeof patients.$inferInsert,
  'firstName' | 'middleName' | 'lastName' | 'sex' | 'dateOfBirth' | 'phone' | 'address' | 'nationalId'
> &
  Partial<
    Pick<typeof patients.$inferInsert, 'allergies' | 'bloodGroup' | 'nextOfKin' | 'dateOfBirthEstimated'>
  >;

/** A small register for trying the front desk; phones are E.164, as registration stores them. */
export const DEMO_PATIENTS: readonly DemoPatient[] = [
  {
    firstName: 'Chioma',
    middleName: 'Adaeze',
    lastName: 'Okafor',
    sex: 'FEMALE',
    dateOfBirth: '1988-04-12',
    phone: '+2348031234501',
    address: '14 Admiralty Way, Lekki Phase 1, Lagos',
    nationalId: '10000000001',
    bloodGroup: 'O+',
    allergies: [{ substance: 'Penicillin', reaction: 'Rash', severity: 'MODERATE' }],
    nextOfKin: { name: 'Emeka Okafor', relationship: 'Husband', phone: '+2348031234502' },
  },
  {
    firstName: 'Babatunde',
    middleName: null,
    lastName: 'Adewale',
    sex: 'MALE',
    dateOfBirth: '1975-11-03',
    phone: '+2348051234503',
    address: '3 Bode Thomas Street, Surulere, Lagos',
    nationalId: '10000000002',
    bloodGroup: 'A+',
  },
  {
    firstName: 'Aisha',
    middleName: 'Hadiza',
    lastName: 'Bello',
    sex: 'FEMALE',
    dateOfBirth: '1996-07-21',
    phone: '+2348061234504',
    address: '22 Ahmadu Bello Way, Kaduna',
    nationalId: null,
  },
  {
    firstName: 'Emeka',
    middleName: 'Chukwudi',
    lastName: 'Nwosu',
    sex: 'MALE',
    dateOfBirth: '1962-02-09',
    phone: '+2348091234505',
    address: '7 Zik Avenue, Enugu',
    nationalId: '10000000003',
    allergies: [{ substance: 'Sulfonamides', severity: 'SEVERE' }],
  },
  {
    firstName: 'Folake',
    middleName: null,
    lastName: 'Adeyemi',
    sex: 'FEMALE',
    dateOfBirth: '2019-09-30',
    phone: '+2348121234506',
    address: '9 Ring Road, Ibadan',
    nationalId: null,
    nextOfKin: { name: 'Kemi Adeyemi', relationship: 'Mother', phone: '+2348121234506' },
  },
  {
    firstName: 'Ibrahim',
    middleName: null,
    lastName: 'Musa',
    sex: 'MALE',
    // Knew only his age (about 55): stored as 1 July of the estimated year.
    dateOfBirth: '1971-07-01',
    dateOfBirthEstimated: true,
    phone: '+2347031234507',
    address: 'Wuse Zone 4, Abuja',
    nationalId: null,
  },
  {
    firstName: 'Ngozi',
    middleName: 'Ifeoma',
    lastName: 'Eze',
    sex: 'FEMALE',
    dateOfBirth: '1990-12-25',
    phone: '+2349031234508',
    address: '41 Aba Road, Port Harcourt',
    nationalId: '10000000004',
    bloodGroup: 'B+',
  },
  {
    firstName: 'Oluwaseun',
    middleName: 'David',
    lastName: 'Ogunleye',
    sex: 'MALE',
    dateOfBirth: '2001-05-17',
    phone: '+2348141234509',
    address: '5 Oba Adebimpe Road, Ibadan',
    nationalId: null,
  },
];

/**
 * Adds the demo patients that are not there yet (matched by phone), each with an MRN from the
 * sequence. Returns how many were added; running it again adds none.
 */
export async function seedDemoPatients(tx: Tx, createdBy: string): Promise<number> {
  const present = await tx
    .select({ phone: patients.phone })
    .from(patients)
    .where(
      inArray(
        patients.phone,
        DEMO_PATIENTS.map((p) => p.phone),
      ),
    );
  const have = new Set(present.map((p) => p.phone));
  let added = 0;
  for (const p of DEMO_PATIENTS) {
    if (have.has(p.phone)) continue;
    await tx.insert(patients).values({ ...p, mrn: await nextMrn(tx), createdBy });
    added++;
  }
  return added;
}
