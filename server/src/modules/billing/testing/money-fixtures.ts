import type { PaymentMethod } from '@modern-emr/domain';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import { inTransaction } from '../../../db/transaction';
import { serviceCatalog } from '../../catalog';
import { nextDocumentNumber } from '../../numbering';
import { nextMrn, patients } from '../../patients';
import { lockVisit, visitInsurance, visits } from '../../visit-records';
import { charges, payments, refunds } from '../billing.schema';
import { recomputeVisitBilling } from '../visit-billing.service';
import { walletEntries, wallets } from '../wallet.schema';

/*
 * Rows written the way the visit, billing and wallet services write them (numbers from the real
 * sequences, the bill recomputed after every change), for tests that need money on the books at
 * chosen times. Timestamps are explicit so a test can place money on either side of a clinic day.
 */

let serial = 0;

export async function fixturePatient(db: Db, name = 'Adaeze Okafor'): Promise<{ id: string; mrn: string }> {
  return inTransaction(db, async (tx) => {
    const mrn = await nextMrn(tx);
    serial++;
    const [first = 'Ada', last = 'Okafor'] = name.split(' ');
    const [row] = await tx
      .insert(patients)
      .values({
        mrn,
        firstName: first,
        lastName: last,
        sex: 'FEMALE',
        phone: `+234803${String(serial).padStart(7, '0')}`,
      })
      .returning({ id: patients.id, mrn: patients.mrn });
    if (!row) throw new Error('patient insert returned no row');
    return row;
  });
}

export async function fixtureService(
  db: Db,
  price: number,
): Promise<{ id: string; code: string; price: number }> {
  serial++;
  const code = `FX-${serial}`;
  const [row] = await db
    .insert(serviceCatalog)
    .values({
      code,
      name: `Fixture service ${serial}`,
      department: 'LAB',
      workflowType: 'LAB_TEST',
      priceMinor: price,
    })
    .returning({ id: serviceCatalog.id });
  if (!row) throw new Error('service insert returned no row');
  return { id: row.id, code, price };
}

export interface FixtureVisit {
  id: string;
  number: string;
  patientId: string;
}

export async function fixtureVisit(
  db: Db,
  opts: {
    patientId: string;
    openedBy: string;
    openedAt: Date;
    emergency?: boolean;
    hmo?: { providerId: string; approvedAt: Date; authorizationCode: string };
  },
): Promise<FixtureVisit> {
  return inTransaction(db, async (tx) => {
    const number = await nextDocumentNumber(tx, 'visit', opts.openedAt.getUTCFullYear());
    const [visit] = await tx
      .insert(visits)
      .values({
        number,
        patientId: opts.patientId,
        type: opts.emergency ? 'EMERGENCY' : 'OUTPATIENT',
        payer: opts.hmo ? 'HMO' : 'CASH',
        emergency: opts.emergency ?? false,
        emergencyReason: opts.emergency ? 'Brought in unconscious' : null,
        openedBy: opts.openedBy,
        openedAt: opts.openedAt,
      })
      .returning({ id: visits.id });
    if (!visit) throw new Error('visit insert returned no row');
    if (opts.hmo) {
      await tx.insert(visitInsurance).values({
        visitId: visit.id,
        providerId: opts.hmo.providerId,
        policyNumber: 'POL/FX/0001',
        coverage: 'FULL',
        coveragePercent: 100,
        status: 'APPROVED',
        authorizationCode: opts.hmo.authorizationCode,
        approvedMinor: 1_000_000_000,
        approvedBy: opts.openedBy,
        approvedAt: opts.hmo.approvedAt,
        createdBy: opts.openedBy,
      });
    }
    return { id: visit.id, number, patientId: opts.patientId };
  });
}

export async function fixtureCharge(
  db: Db,
  visit: FixtureVisit,
  service: { id: string; code: string; price: number },
  opts: { createdBy: string; createdAt: Date; renderedAt?: Date },
): Promise<string> {
  return inTransaction(db, async (tx) => {
    await lockVisit(tx, visit.id);
    const [row] = await tx
      .insert(charges)
      .values({
        visitId: visit.id,
        patientId: visit.patientId,
        serviceId: service.id,
        serviceCode: service.code,
        serviceName: `Fixture ${service.code}`,
        department: 'LAB',
        billTiming: 'AFTER',
        unitPriceMinor: service.price,
        quantity: 1,
        amountMinor: service.price,
        renderedAt: opts.renderedAt ?? null,
        createdBy: opts.createdBy,
        createdAt: opts.createdAt,
      })
      .returning({ id: charges.id });
    if (!row) throw new Error('charge insert returned no row');
    await recomputeVisitBilling(tx, visit.id);
    return row.id;
  });
}

/** A counter payment applied to the visit (oldest charges first, as the engine fills unattributed money). */
export async function fixturePayment(
  db: Db,
  visit: FixtureVisit,
  opts: { method: PaymentMethod; amount: number; cashierId: string | null; shiftId: string | null; at: Date },
): Promise<string> {
  return inTransaction(db, async (tx) => {
    await lockVisit(tx, visit.id);
    const receiptNumber = await nextDocumentNumber(tx, 'receipt', opts.at.getUTCFullYear());
    const [row] = await tx
      .insert(payments)
      .values({
        visitId: visit.id,
        patientId: visit.patientId,
        method: opts.method,
        amountMinor: opts.amount,
        appliedMinor: opts.amount,
        receiptNumber,
        cashierId: opts.cashierId,
        shiftId: opts.shiftId,
        receivedAt: opts.at,
      })
      .returning({ id: payments.id });
    if (!row) throw new Error('payment insert returned no row');
    await recomputeVisitBilling(tx, visit.id);
    return row.id;
  });
}

export async function fixtureRefund(
  db: Db,
  opts: {
    paymentId: string;
    amount: number;
    requestedBy: string;
    shiftId: string | null;
    at: Date;
    status?: 'COMPLETED' | 'PENDING_APPROVAL';
  },
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const [payment] = await tx.select().from(payments).where(eq(payments.id, opts.paymentId));
    if (!payment) throw new Error('no such payment');
    await lockVisit(tx, payment.visitId);
    const completed = (opts.status ?? 'COMPLETED') === 'COMPLETED';
    await tx.insert(refunds).values({
      paymentId: payment.id,
      visitId: payment.visitId,
      amountMinor: opts.amount,
      reason: 'Test not done',
      status: opts.status ?? 'COMPLETED',
      refundNumber: completed ? await nextDocumentNumber(tx, 'refund', opts.at.getUTCFullYear()) : null,
      requestedBy: opts.requestedBy,
      requestedAt: opts.at,
      shiftId: completed ? opts.shiftId : null,
    });
    await recomputeVisitBilling(tx, payment.visitId);
  });
}

export async function fixtureDeposit(
  db: Db,
  opts: {
    patientId: string;
    amount: number;
    method: 'CASH' | 'POS' | 'TRANSFER';
    createdBy: string;
    shiftId: string | null;
    at: Date;
  },
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const [wallet] = await tx
      .insert(wallets)
      .values({ patientId: opts.patientId, balanceMinor: opts.amount })
      .onConflictDoUpdate({
        target: wallets.patientId,
        set: { balanceMinor: sql`${wallets.balanceMinor} + ${opts.amount}` },
      })
      .returning({ balance: wallets.balanceMinor });
    if (!wallet) throw new Error('wallet upsert returned no row');
    await tx.insert(walletEntries).values({
      patientId: opts.patientId,
      kind: 'DEPOSIT',
      amountMinor: opts.amount,
      balanceAfterMinor: wallet.balance,
      method: opts.method,
      receiptNumber: await nextDocumentNumber(tx, 'receipt', opts.at.getUTCFullYear()),
      createdBy: opts.createdBy,
      shiftId: opts.shiftId,
      createdAt: opts.at,
    });
  });
}
