import { randomUUID } from 'node:crypto';
import type {
  BillTiming,
  CoverageType,
  InsuranceStatus,
  PaymentCreated,
  PaymentRequest,
  Role,
} from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import { createUser, type LoggedIn, loginAs, type TestApp } from '../../../../test/test-app';
import { inTransaction } from '../../../db/transaction';
import { serviceCatalog } from '../../catalog/catalog.schema';
import { hmoProviders } from '../../hmo/hmo.schema';
import { nextDocumentNumber } from '../../numbering/numbering.service';
import { nextMrn } from '../../patients/mrn';
import { patients } from '../../patients/patients.schema';
import { tillShifts } from '../../till/till.schema';
import { visitInsurance, visits } from '../../visits/visits.schema';
import { insertCharge } from '../add-charge';
import { lockVisit, recomputeVisitBilling } from '../visit-billing.service';

/**
 * Shared set-up for tests that need money on a visit: catalogue services, patients with an open
 * visit (cash or HMO), charges, a cashier with an open till shift, and a payment helper.
 * Visits and shifts are written straight to the database while their HTTP routes are being built
 * elsewhere; the money itself always moves through the billing API.
 */

export type ServiceRow = typeof serviceCatalog.$inferSelect;

let serial = 0;
function unique(prefix: string): string {
  serial++;
  return `${prefix}${process.pid % 10_000}-${serial}`;
}

/** An active catalogue service at `price` kobo (auto-billing off, so visits start with no charges). */
export async function createService(
  t: TestApp,
  price: number,
  options: { billTiming?: BillTiming; active?: boolean; name?: string } = {},
): Promise<ServiceRow> {
  const [row] = await t.database.db
    .insert(serviceCatalog)
    .values({
      code: unique('SVC-'),
      name: options.name ?? 'Test service',
      department: 'LAB',
      workflowType: 'LAB_TEST',
      priceMinor: price,
      billTiming: options.billTiming ?? 'BEFORE',
      active: options.active ?? true,
    })
    .returning();
  if (!row) throw new Error('service insert returned no row');
  return row;
}

export interface HmoCover {
  coverage: CoverageType;
  /** PARTIAL only; FULL is 100. */
  coveragePercent?: number;
  status?: InsuranceStatus;
  /** Needed when status is APPROVED. */
  approvedMinor?: number;
}

export interface OpenedVisit {
  visitId: string;
  patientId: string;
  number: string;
}

/** A new patient with an OPEN visit, on cash or (with `cover`) on an HMO; the opener is a fresh receptionist. */
export async function openVisit(t: TestApp, cover?: HmoCover): Promise<OpenedVisit> {
  const opener = await staffId(t, 'RECEPTIONIST');
  return inTransaction(t.database.db, async (tx) => {
    const [patient] = await tx
      .insert(patients)
      .values({
        mrn: await nextMrn(tx),
        firstName: 'Ada',
        lastName: unique('Billing'),
        sex: 'FEMALE',
        phone: '+2348030000000',
        createdBy: opener,
      })
      .returning({ id: patients.id });
    if (!patient) throw new Error('patient insert returned no row');
    const number = await nextDocumentNumber(tx, 'visit', t.clock().getUTCFullYear());
    const [visit] = await tx
      .insert(visits)
      .values({
        number,
        patientId: patient.id,
        type: 'OUTPATIENT',
        payer: cover ? 'HMO' : 'CASH',
        openedBy: opener,
      })
      .returning({ id: visits.id });
    if (!visit) throw new Error('visit insert returned no row');
    if (cover) {
      const [provider] = await tx
        .insert(hmoProviders)
        .values({ code: unique('HMO-'), name: 'Test HMO' })
        .returning({ id: hmoProviders.id });
      if (!provider) throw new Error('provider insert returned no row');
      await tx.insert(visitInsurance).values({
        visitId: visit.id,
        providerId: provider.id,
        policyNumber: unique('POL-'),
        coverage: cover.coverage,
        coveragePercent: cover.coverage === 'FULL' ? 100 : (cover.coveragePercent ?? 50),
        status: cover.status ?? 'PENDING',
        approvedMinor: cover.approvedMinor ?? null,
        createdBy: opener,
      });
    }
    await recomputeVisitBilling(tx, visit.id);
    return { visitId: visit.id, patientId: patient.id, number };
  });
}

const staffIds = new WeakMap<TestApp, Map<Role, string>>();

/** One user per role per app for the "opened by" / "created by" columns. */
async function staffId(t: TestApp, role: Role): Promise<string> {
  let ids = staffIds.get(t);
  if (!ids) {
    ids = new Map();
    staffIds.set(t, ids);
  }
  const known = ids.get(role);
  if (known) return known;
  const user = await createUser(t, [role]);
  ids.set(role, user.id);
  return user.id;
}

/**
 * Charges straight through `insertCharge` (one transaction each, so "oldest first" is the order
 * given), for tests of other modules that need a bill without going through the billing routes.
 */
export async function addCharges(
  t: TestApp,
  visitId: string,
  lines: { service: ServiceRow; quantity?: number }[],
): Promise<string[]> {
  const createdBy = await staffId(t, 'CASHIER');
  const ids: string[] = [];
  for (const line of lines) {
    const id = await inTransaction(t.database.db, async (tx) => {
      const visit = await lockVisit(tx, visitId);
      const row = await insertCharge(tx, {
        visit,
        service: line.service,
        quantity: line.quantity ?? 1,
        createdBy,
      });
      await recomputeVisitBilling(tx, visitId);
      return row.id;
    });
    ids.push(id);
  }
  return ids;
}

/** Opens a till shift for the cashier (nothing to count in these tests, so a zero float). */
export async function openShift(t: TestApp, cashierId: string): Promise<string> {
  const [shift] = await t.database.db
    .insert(tillShifts)
    .values({ cashierId, openingFloatMinor: 0 })
    .returning({ id: tillShifts.id });
  if (!shift) throw new Error('shift insert returned no row');
  return shift.id;
}

/** Closes every open shift of the cashier, for "no open shift" cases. */
export async function closeShifts(t: TestApp, cashierId: string): Promise<void> {
  await t.database.db
    .update(tillShifts)
    .set({ status: 'CLOSED', closedAt: new Date() })
    .where(eq(tillShifts.cashierId, cashierId));
}

/** A signed-in cashier with an open till shift. */
export async function cashierOnShift(t: TestApp): Promise<LoggedIn & { shiftId: string }> {
  const cashier = await loginAs(t, 'CASHIER');
  return { ...cashier, shiftId: await openShift(t, cashier.id) };
}

/** `POST /visits/:id/payments` as `token`, with a fresh Idempotency-Key unless one is given. */
export function postPayment<T = PaymentCreated>(
  t: TestApp,
  token: string,
  visitId: string,
  body: PaymentRequest,
  key: string = randomUUID(),
) {
  return t.api.post<T>(`/api/v1/visits/${visitId}/payments`, body, {
    token,
    headers: { 'idempotency-key': key },
  });
}

/** Closes a visit directly (the close route with its consultation rules belongs to the visits module). */
export async function closeVisit(t: TestApp, visitId: string): Promise<void> {
  await t.database.db
    .update(visits)
    .set({ status: 'CLOSED', closedAt: new Date() })
    .where(eq(visits.id, visitId));
}
