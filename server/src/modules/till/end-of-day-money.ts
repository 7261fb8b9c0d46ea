import {
  addMinor,
  type EndOfDayReport,
  PAYMENT_METHODS,
  type PaymentMethod,
  subMinor,
} from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { inOrder } from '../../db/in-order';
import { queryRows } from '../../db/rows';

type Totals = { paymentCount: number; payments: number; refunds: number; deposits: number; net: number };
type Row = { method: PaymentMethod; person: string | null; name: string | null; total: string; n: number };

const zero = (): Totals => ({ paymentCount: 0, payments: 0, refunds: 0, deposits: 0, net: 0 });

/**
 * The day's money by method and by cashier. A refund counts when its money left (decided, or
 * requested when no approval was needed), against the method of the payment it returns and the
 * cashier whose shift paid it out. Deposits count against the cashier who took them.
 */
export async function moneyOfDay(
  tx: Tx,
  from: Date,
  to: Date,
): Promise<Pick<EndOfDayReport, 'totals' | 'byMethod' | 'byCashier'>> {
  const [start, end] = [from.toISOString(), to.toISOString()];
  const [paid, refunded, deposited] = await inOrder([
    () =>
      queryRows<Row>(
        tx,
        sql`select p.method, p.cashier_id as person, u.full_name as name,
                 sum(p.amount_minor)::text as total, count(*)::int as n
          from payments p left join users u on u.id = p.cashier_id
          where p.received_at >= ${start}::timestamptz and p.received_at < ${end}::timestamptz
          group by p.method, p.cashier_id, u.full_name`,
      ),
    () =>
      queryRows<Row>(
        tx,
        sql`select p.method, coalesce(s.cashier_id, r.requested_by) as person, u.full_name as name,
                 sum(r.amount_minor)::text as total, count(*)::int as n
          from refunds r
          join payments p on p.id = r.payment_id
          left join till_shifts s on s.id = r.shift_id
          left join users u on u.id = coalesce(s.cashier_id, r.requested_by)
          where r.status = 'COMPLETED'
            and coalesce(r.decided_at, r.requested_at) >= ${start}::timestamptz
            and coalesce(r.decided_at, r.requested_at) < ${end}::timestamptz
          group by p.method, coalesce(s.cashier_id, r.requested_by), u.full_name`,
      ),
    () =>
      queryRows<Row>(
        tx,
        sql`select w.method, w.created_by as person, u.full_name as name,
                 sum(w.amount_minor)::text as total, count(*)::int as n
          from wallet_entries w left join users u on u.id = w.created_by
          where w.kind = 'DEPOSIT' and w.created_at >= ${start}::timestamptz and w.created_at < ${end}::timestamptz
          group by w.method, w.created_by, u.full_name`,
      ),
  ]);

  const byMethod = new Map<PaymentMethod, Totals>(PAYMENT_METHODS.map((m) => [m, zero()]));
  const byCashier = new Map<string, Totals & { cashierId: string | null; cashierName: string | null }>();
  // Wallet payments stay out of the cashiers' figures too, so those add up to the day's totals.
  const targetsOf = (r: Row): Totals[] => {
    const m = byMethod.get(r.method);
    if (r.method === 'WALLET') return m ? [m] : [];
    const key = r.person ?? '';
    let c = byCashier.get(key);
    if (!c) {
      c = { cashierId: r.person, cashierName: r.name, ...zero() };
      byCashier.set(key, c);
    }
    return m ? [m, c] : [c];
  };
  for (const r of paid) {
    for (const t of targetsOf(r)) {
      t.payments = addMinor(t.payments, Number(r.total));
      t.paymentCount += r.n;
    }
  }
  for (const r of refunded) for (const t of targetsOf(r)) t.refunds = addMinor(t.refunds, Number(r.total));
  for (const r of deposited) for (const t of targetsOf(r)) t.deposits = addMinor(t.deposits, Number(r.total));
  const withNet = <T extends Totals>(t: T): T => ({
    ...t,
    net: addMinor(subMinor(t.payments, t.refunds), t.deposits),
  });

  const methods = PAYMENT_METHODS.map((method) => ({ method, ...withNet(byMethod.get(method) ?? zero()) }));
  // Wallet payments spend credit the clinic already holds: shown per method, kept out of the money totals.
  const moving = methods.filter((m) => m.method !== 'WALLET');
  const sum = (f: keyof Totals) => moving.reduce((acc, m) => addMinor(acc, m[f]), 0);
  return {
    totals: {
      paymentCount: sum('paymentCount'),
      payments: sum('payments'),
      refunds: sum('refunds'),
      deposits: sum('deposits'),
      net: sum('net'),
      walletPayments: methods.find((m) => m.method === 'WALLET')?.payments ?? 0,
    },
    byMethod: methods,
    byCashier: [...byCashier.values()]
      .map(withNet)
      .sort((a, b) => (a.cashierName ?? '\uffff').localeCompare(b.cashierName ?? '\uffff')),
  };
}
