import type { Role } from '@modern-emr/domain';

/** One demo account per staff role (api.md, "Demo data"); all share DEMO_PASSWORD. */
export const DEMO_USERS: readonly { username: string; fullName: string; role: Role }[] = [
  { username: 'admin', fullName: 'Adaeze Okafor (Admin)', role: 'ADMIN' },
  { username: 'reception', fullName: 'Bola Adeyemi (Reception)', role: 'RECEPTIONIST' },
  { username: 'cashier', fullName: 'Chinedu Eze (Cashier)', role: 'CASHIER' },
  { username: 'doctor', fullName: 'Dr. Funmi Balogun', role: 'DOCTOR' },
  { username: 'nurse', fullName: 'Ngozi Nwosu (Nurse)', role: 'NURSE' },
  { username: 'lab', fullName: 'Kunle Ajayi (Lab)', role: 'LAB_TECH' },
  { username: 'radiology', fullName: 'Halima Bello (Radiology)', role: 'RADIOLOGY_TECH' },
  { username: 'pharmacy', fullName: 'Tunde Oladipo (Pharmacy)', role: 'PHARMACIST' },
];
