import { addMinor, TILL_METHODS, type TillMethod, type TillMovements, ZERO_TILL } from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { inOrder } from '../../db/in-order';
import { queryRows } from '../../db/rows';

export interface ShiftMovements extends TillMovements {
  walletPayments: number;
  paymentCount: number;
}

function empty(): ShiftMovements {
  return {
    payments: { ...ZERO_TILL },
    refunds: { ...ZERO_TILL },
    deposits: { ...ZERO_TILL },
    walletPayments: 0,
    paymentCount: 0,
  };
}

function isTillMethod(method: string): method is TillMethod {
  return (TILL_METHODS as readonly string[]).includes(method);
}

type Row = { shift_id: string; method: string; total: string; n: number };

/**
 * What moved through each shift, by method: payments taken (the amount tendered), COMPLETED
 * refunds paid out (by the method of the payment refunded) and wallet deposits. Three grouped
 * queries over the shift indexes, whatever the number of shifts.
 */
export async function shiftMovements(db: Db | Tx, shiftIds: string[]): Promise<Map<string, ShiftMovements>> {
  const result = new Map(shiftIds.map((id) => [id, empty()]));
  if (shiftIds.length === 0) return result;
  const ids = sql.join(
    shiftIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const [paid, refunded, deposited] = await inOrder([
    () =>
      queryRows<Row>(
        db,
        sql`select shift_id, method, sum(amount_minor)::text as total, count(*)::int as n
          from payments where shift_id in (${ids}) group by shift_id, method`,
      ),
    () =>
      queryRows<Row>(
        db,
        sql`select r.shift_id, p.method, sum(r.amount_minor)::text as total, count(*)::int as n
          from refunds r join payments p on p.id = r.payment_id
          where r.shift_id in (${ids}) and r.status = 'COMPLETED' group by r.shift_id, p.method`,
      ),
    () =>
      queryRows<Row>(
        db,
        sql`select shift_id, method, sum(amount_minor)::text as total, count(*)::int as n
          from wallet_entries where shift_id in (${ids}) and kind = 'DEPOSIT' group by shift_id, method`,
      ),
  ]);
  for (const r of paid) {
    const m = result.get(r.shift_id);
    if (!m) continue;
    m.paymentCount += r.n;
    if (isTillMethod(r.method)) m.payments[r.method] = addMinor(m.payments[r.method], Number(r.total));
    else if (r.method === 'WALLET') m.walletPayments = addMinor(m.walletPayments, Number(r.total));
  }
  // A refund of a WALLET payment goes back to the wallet, not out of the drawer.
  for (const r of refunded) {
    const m = result.get(r.shift_id);
    if (m && isTillMethod(r.method)) m.refunds[r.method] = addMinor(m.refunds[r.method], Number(r.total));
  }
  for (const r of deposited) {
    const m = result.get(r.shift_id);
    if (m && isTillMethod(r.method)) m.deposits[r.method] = addMinor(m.deposits[r.method], Number(r.total));
  }
  return result;
}
