import { oldestFirst } from './charge-order';
import { assertNonNegativeMinor, MoneyError } from './money';

export interface AllocatableCharge {
  id: string;
  createdAt: Date;
  /** What the patient still owes on this charge (`patientDue` from `computeBilling`). */
  patientDue: number;
}

export interface PaymentAllocation {
  chargeId: string;
  amount: number;
}

export interface AllocationResult {
  /** At most one entry per charge, oldest charge first within each phase; never a zero amount. */
  allocations: PaymentAllocation[];
  /** The part of the payment beyond everything the visit owes: it becomes wallet credit. */
  leftover: number;
}

// spec: BILL-PAY-1
/**
 * Spreads a payment over a visit's charges: first the charges the cashier picked (oldest first among
 * them), then whatever remains goes to the other charges oldest first, and only money beyond the whole
 * visit's due becomes leftover. Picks set priority, not a limit: if a picked charge was paid meanwhile
 * (two tills at once), the money still settles the visit instead of drifting to the wallet, which is
 * what keeps the visit's totals independent of the order in which payments arrive.
 * Picked ids that are not among `charges` are ignored; the server checks ownership first (404).
 */
export function allocatePayment(
  charges: readonly AllocatableCharge[],
  amount: number,
  pickedIds: readonly string[] = [],
): AllocationResult {
  assertNonNegativeMinor(amount, 'payment amount');
  for (const c of charges) assertNonNegativeMinor(c.patientDue, `due on charge ${c.id}`);
  if (new Set(charges.map((c) => c.id)).size !== charges.length) {
    throw new MoneyError('each charge may appear only once');
  }

  const picked = new Set(pickedIds);
  const ordered = oldestFirst(charges);
  const phases = [ordered.filter((c) => picked.has(c.id)), ordered.filter((c) => !picked.has(c.id))];

  const allocations: PaymentAllocation[] = [];
  let remaining = amount;
  for (const phase of phases) {
    for (const charge of phase) {
      if (remaining === 0) break;
      const take = Math.min(remaining, charge.patientDue);
      if (take > 0) {
        allocations.push({ chargeId: charge.id, amount: take });
        remaining -= take;
      }
    }
  }
  return { allocations, leftover: remaining };
}
