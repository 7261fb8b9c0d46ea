import { randomUUID } from 'node:crypto';
import type {
  BillTiming,
  CoverageType,
  InsuranceCoverInput,
  InsuranceStatus,
  PaymentCreated,
  PaymentRequest,
} from '@modern-emr/domain';
import { eq } from 'drizzle-orm';
import {
  type ApiResponse,
  createUser,
  type LoggedIn,
  loginAs,
  type TestApp,
} from '../../../../test/test-app';
import { inTransaction } from '../../../db/transaction';
import { serviceCatalog } from '../../catalog';
import { hmoProviders } from '../../hmo';
import { patients } from '../../patients';
import { lockVisit, visits } from '../../visit-records';
import { insertCharge } from '../add-charge.service';
import { recomputeVisitBilling } from '../visit-billing.service';

/**
 * Shared set-up for tests that need money on a visit: catalogue services, patients with an open
 * visit (cash or HMO), charges, a cashier with an open till shift, and a payment helper. Visits,
 * cover and shifts go through their own routes; catalogue rows, patients and providers are written
 * straight to the database (their routes are not what these tests are about).
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
  /** PENDING (left as opened), or decided through the insurance routes right after opening. */
  status?: InsuranceStatus;
  /** The approved amount when status is APPROVED. */
  approvedMinor?: number;
}

export interface OpenedVisit {
  visitId: string;
  patientId: string;
  number: string;
}

async function expectStatus<T>(res: Promise<ApiResponse<T>>, status: number, what: string): Promise<T> {
  const answer = await res;
  if (answer.status !== status) throw new Error(`${what}: ${answer.status} ${answer.text}`);
  return answer.body;
}

/**
 * A new patient with an OPEN visit through `POST /visits`, on cash or (with `cover`) on an HMO whose
 * cover is then approved or rejected through the insurance routes when asked. The catalogue's
 * auto-billed fees apply, so keep `autoBill` off in services the test prices by hand.
 */
export async function openVisit(t: TestApp, cover?: HmoCover): Promise<OpenedVisit> {
  const [patient] = await t.database.db
    .insert(patients)
    .values({
      mrn: unique('BIL-'),
      firstName: 'Ada',
      lastName: 'Billing',
      sex: 'FEMALE',
      phone: '+2348030000000',
    })
    .returning({ id: patients.id });
  if (!patient) throw new Error('patient insert returned no row');
  let insurance: InsuranceCoverInput | undefined;
  if (cover) {
    const [provider] = await t.database.db
      .insert(hmoProviders)
      .values({ code: unique('HMO-'), name: 'Test HMO' })
      .returning({ id: hmoProviders.id });
    if (!provider) throw new Error('provider insert returned no row');
    insurance = {
      providerId: provider.id,
      policyNumber: unique('POL-'),
      coverage: cover.coverage,
      ...(cover.coverage === 'PARTIAL' ? { coveragePercent: cover.coveragePercent ?? 50 } : {}),
    };
  }
  const visit = await expectStatus(
    t.api.post<{ id: string; number: string }>(
      '/api/v1/visits',
      {
        patientId: patient.id,
        type: 'OUTPATIENT',
        payer: cover ? 'HMO' : 'CASH',
        ...(insurance ? { insurance } : {}),
      },
      { roles: ['RECEPTIONIST'] },
    ),
    201,
    'open visit',
  );
  if (cover?.status === 'APPROVED') {
    await expectStatus(
      t.api.post(
        `/api/v1/visits/${visit.id}/insurance/approve`,
        { authorizationCode: unique('AUTH-'), approvedAmount: cover.approvedMinor ?? 0 },
        { roles: ['CASHIER'] },
      ),
      200,
      'approve cover',
    );
  }
  if (cover?.status === 'REJECTED') {
    await expectStatus(
      t.api.post(
        `/api/v1/visits/${visit.id}/insurance/reject`,
        { reason: 'Not covered' },
        { roles: ['CASHIER'] },
      ),
      200,
      'reject cover',
    );
  }
  return { visitId: visit.id, patientId: patient.id, number: visit.number };
}

const chargers = new WeakMap<TestApp, string>();

/** The "created by" of fixture charges: one cashier per app. */
async function chargerId(t: TestApp): Promise<string> {
  const known = chargers.get(t);
  if (known) return known;
  const user = await createUser(t, ['CASHIER']);
  chargers.set(t, user.id);
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
  const createdBy = await chargerId(t);
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

/** Opens a till shift for the cashier through `POST /shifts/open` (nothing is counted here: zero float). */
export async function openShift(t: TestApp, cashierToken: string): Promise<string> {
  const shift = await expectStatus(
    t.api.post<{ id: string }>('/api/v1/shifts/open', { openingFloat: 0 }, { token: cashierToken }),
    201,
    'open shift',
  );
  return shift.id;
}

/** Closes the cashier's open shift through `POST /shifts/close`, for "no open shift" cases. */
export async function closeShift(t: TestApp, cashierToken: string): Promise<void> {
  await expectStatus(
    t.api.post(
      '/api/v1/shifts/close',
      { counted: { CASH: 0, POS: 0, TRANSFER: 0 } },
      { token: cashierToken },
    ),
    200,
    'close shift',
  );
}

/** A signed-in cashier with an open till shift. */
export async function cashierOnShift(t: TestApp): Promise<LoggedIn & { shiftId: string }> {
  const cashier = await loginAs(t, 'CASHIER');
  return { ...cashier, shiftId: await openShift(t, cashier.token) };
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
