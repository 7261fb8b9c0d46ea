import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database';
import { charges } from '../../billing';
import { serviceCatalog } from '../../catalog';
import { patients } from '../../patients';
import { tillShifts } from '../../till';
import { visits } from '../../visit-records';

/**
 * Rows straight into the database, as the front desk would have left them, for tests of modules
 * that sit downstream of registration and visits (wallets, documents, the payment gateway).
 */

function tag(): string {
  return randomUUID().slice(0, 8).toUpperCase();
}

export async function insertPatient(
  db: Db,
  createdBy: string | null = null,
): Promise<{ id: string; mrn: string }> {
  const [row] = await db
    .insert(patients)
    .values({
      mrn: `TST-${tag()}`,
      firstName: 'Adaeze',
      lastName: 'Okafor',
      sex: 'FEMALE',
      dateOfBirth: '1990-04-12',
      phone: '+2348031234567',
      createdBy,
    })
    .returning({ id: patients.id, mrn: patients.mrn });
  if (!row) throw new Error('patient insert returned no row');
  return row;
}

export async function openShift(db: Db, cashierId: string): Promise<string> {
  const [row] = await db
    .insert(tillShifts)
    .values({ cashierId, openingFloatMinor: 0 })
    .returning({ id: tillShifts.id });
  if (!row) throw new Error('shift insert returned no row');
  return row.id;
}

export interface VisitFixture {
  visitId: string;
  visitNumber: string;
  patientId: string;
  chargeIds: string[];
}

/**
 * An open CASH visit with one PENDING charge per amount (kobo), oldest first, and the stored
 * billing fields as recomputeVisitBilling would leave them for an unpaid bill.
 */
export async function insertVisitWithCharges(
  db: Db,
  input: { patientId: string; openedBy: string; amounts: number[] },
): Promise<VisitFixture> {
  const number = `V-TST-${tag()}`;
  const total = input.amounts.reduce((a, b) => a + b, 0);
  const [visit] = await db
    .insert(visits)
    .values({
      number,
      patientId: input.patientId,
      type: 'OUTPATIENT',
      payer: 'CASH',
      openedBy: input.openedBy,
      paymentStatus: total > 0 ? 'UNPAID' : 'PAID',
      netMinor: total,
      patientShareMinor: total,
      outstandingMinor: total,
    })
    .returning({ id: visits.id });
  if (!visit) throw new Error('visit insert returned no row');
  const chargeIds: string[] = [];
  for (const [i, amount] of input.amounts.entries()) {
    const [service] = await db
      .insert(serviceCatalog)
      .values({
        code: `TST-${tag()}`,
        name: i === 0 ? 'Consultation (GP)' : `Laboratory test ${i}`,
        department: i === 0 ? 'CONSULTATION' : 'LAB',
        workflowType: i === 0 ? 'CONSULTATION_FEE' : 'LAB_TEST',
        priceMinor: amount,
      })
      .returning();
    if (!service) throw new Error('service insert returned no row');
    const [charge] = await db
      .insert(charges)
      .values({
        visitId: visit.id,
        patientId: input.patientId,
        serviceId: service.id,
        serviceCode: service.code,
        serviceName: service.name,
        department: service.department,
        billTiming: 'BEFORE',
        unitPriceMinor: amount,
        quantity: 1,
        amountMinor: amount,
        patientShareMinor: amount,
        createdBy: input.openedBy,
        // Distinct creation times keep "oldest first" allocation deterministic.
        createdAt: new Date(Date.now() - (input.amounts.length - i) * 1000),
      })
      .returning({ id: charges.id });
    if (!charge) throw new Error('charge insert returned no row');
    chargeIds.push(charge.id);
  }
  return { visitId: visit.id, visitNumber: number, patientId: input.patientId, chargeIds };
}
