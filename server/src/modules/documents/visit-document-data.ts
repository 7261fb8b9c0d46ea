import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { payments } from '../billing';
import { hmoProviders } from '../hmo';
import { patients } from '../patients';
import type { InsuranceRow, VisitRow } from '../visit-records';
import { patientName } from './document-context';
import type { InvoicePayer, PatientRef } from './documents.types';

/** The patient as a document names them. */
export async function patientRefOf(tx: Tx, patientId: string): Promise<PatientRef> {
  const [patient] = await tx.select().from(patients).where(eq(patients.id, patientId));
  if (!patient) throw new Error('visit without its patient');
  return { name: patientName(patient), mrn: patient.mrn };
}

/** Who pays the visit, for the invoice header; a rejected cover still names the HMO that refused. */
export async function payerOf(tx: Tx, visit: VisitRow, cover: InsuranceRow | null): Promise<InvoicePayer> {
  if (visit.payer !== 'HMO' || !cover) return { type: 'CASH' };
  const [provider] = await tx
    .select({ name: hmoProviders.name })
    .from(hmoProviders)
    .where(eq(hmoProviders.id, cover.providerId));
  return {
    type: 'HMO',
    providerName: provider?.name ?? 'HMO',
    policyNumber: cover.policyNumber,
    authorisationCode: cover.authorizationCode,
  };
}

/** The visit's payments in the order they were received, as invoices and statements list them. */
export function paymentsOfVisit(tx: Tx, visitId: string) {
  return tx
    .select()
    .from(payments)
    .where(eq(payments.visitId, visitId))
    .orderBy(asc(payments.receivedAt), asc(payments.receiptNumber));
}
