import type { PaymentCreated } from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type LoggedIn, type TestApp } from '../../../test/test-app';
import { ENGINE } from '../../../test/test-database';
import { queryRows } from '../../db/rows';
import {
  addCharges,
  cashierOnShift,
  createService,
  openVisit,
  postPayment,
  type ServiceRow,
} from './testing/fixtures';

/**
 * Real parallel transactions (the PostgreSQL pool gives each request its own connection): the
 * exactly-once and gapless promises must hold when requests truly overlap, not only one by one.
 */
describe.skipIf(ENGINE !== 'postgres')('billing under concurrency (PostgreSQL)', () => {
  let t: TestApp;
  let cashier: LoggedIn & { shiftId: string };
  let fee: ServiceRow;
  let lab: ServiceRow;

  beforeAll(async () => {
    t = await createTestApp();
    cashier = await cashierOnShift(t);
    fee = await createService(t, 600_000);
    lab = await createService(t, 400_000);
  });
  afterAll(() => t.close());

  it('MONEY-IDEM-1, MONEY-IDEM-2: takes one payment for ten simultaneous posts with one Idempotency-Key, and answers all ten alike', async () => {
    const { visitId } = await openVisit(t);
    await addCharges(t, visitId, [{ service: fee }]);
    const key = crypto.randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        postPayment(t, cashier.token, visitId, { amount: 250_000, method: 'CASH' }, key),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(9);
    const rows = await queryRows<{ n: number; allocations: number }>(
      t.database.db,
      sql`select count(*)::int as n,
            (select count(*)::int from payment_allocations a join payments p on p.id = a.payment_id
              where p.visit_id = ${visitId}) as allocations
          from payments where visit_id = ${visitId}`,
    );
    expect(rows[0]).toEqual({ n: 1, allocations: 1 });
  });

  it('BILL-RCPT-1: numbers thirty simultaneous payments on thirty visits with no gap and no duplicate', async () => {
    const visits = [];
    for (let i = 0; i < 30; i++) {
      const opened = await openVisit(t);
      await addCharges(t, opened.visitId, [{ service: lab }]);
      visits.push(opened.visitId);
    }
    const answers = await Promise.all(
      visits.map((visitId) => postPayment(t, cashier.token, visitId, { amount: 400_000, method: 'POS' })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(201));
    const serials = answers.map((a) => Number(a.body.receiptNumber.slice(-6))).sort((a, b) => a - b);
    const first = serials[0] ?? 0;
    expect(serials).toEqual(Array.from({ length: 30 }, (_, i) => first + i));
    // And nothing else took a number in between: the counter stops at the last one handed out.
    const year = answers[0]?.body.receiptNumber.slice(4, 8);
    const counter = await queryRows<{ last_value: number }>(
      t.database.db,
      sql`select last_value from document_counters where kind = 'receipt' and year = ${Number(year)}`,
    );
    expect(counter[0]?.last_value).toBe(first + 29);
  });

  it('never allocates more than the patient owes when tills pay one visit at once; the excess goes to the wallet', async () => {
    const { visitId, patientId } = await openVisit(t);
    const chargeIds = await addCharges(t, visitId, [{ service: fee }, { service: lab }]);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        postPayment<PaymentCreated & { error?: { code: string } }>(t, cashier.token, visitId, {
          amount: 150_000,
          method: 'CASH',
          // Half the tills pick the newer charge, so picks and oldest-first collide.
          ...(i % 2 === 0 ? { chargeIds: [chargeIds[1] ?? ''] } : {}),
        }),
      ),
    );
    const taken = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status !== 201);
    // 1,000,000 owed: six payments fit whole, the seventh half (50,000 to the wallet), three find nothing owed.
    expect(taken).toHaveLength(7);
    expect(refused.map((a) => [a.status, a.body.error?.code])).toEqual(
      Array(3).fill([409, 'AMOUNT_EXCEEDS_OUTSTANDING']),
    );
    expect(taken.reduce((sum, a) => sum + a.body.applied, 0)).toBe(1_000_000);
    expect(taken.reduce((sum, a) => sum + a.body.walletCredit, 0)).toBe(50_000);

    const perCharge = await queryRows<{ charge_id: string; allocated: string; amount: string }>(
      t.database.db,
      sql`select c.id as charge_id, coalesce(sum(a.amount_minor), 0)::text as allocated, c.amount_minor::text as amount
          from charges c left join payment_allocations a on a.charge_id = c.id
          where c.visit_id = ${visitId} group by c.id, c.amount_minor`,
    );
    for (const c of perCharge) expect(Number(c.allocated), c.charge_id).toBe(Number(c.amount));
    const wallet = await queryRows<{ balance: string }>(
      t.database.db,
      sql`select balance_minor::text as balance from wallets where patient_id = ${patientId}`,
    );
    expect(wallet[0]?.balance).toBe('50000');
    const visit = await queryRows<{ payment_status: string; outstanding_minor: string }>(
      t.database.db,
      sql`select payment_status, outstanding_minor::text from visits where id = ${visitId}`,
    );
    expect(visit[0]).toEqual({ payment_status: 'PAID', outstanding_minor: '0' });
  });
});
