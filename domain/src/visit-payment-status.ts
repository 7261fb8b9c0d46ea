import { z } from 'zod';
import type { BillingSummary } from './billing-summary';
import type { InsuranceStatus } from './insurance-status';

export const VISIT_PAYMENT_STATUSES = [
  'UNPAID',
  'PARTIALLY_PAID',
  'PAID',
  'INSURANCE_PENDING',
  'INSURANCE_CLAIMED',
  'SETTLED',
] as const;
export const visitPaymentStatusSchema = z.enum(VISIT_PAYMENT_STATUSES);
export type VisitPaymentStatus = z.infer<typeof visitPaymentStatusSchema>;

const CLEARED: ReadonlySet<VisitPaymentStatus> = new Set(['PAID', 'INSURANCE_CLAIMED', 'SETTLED']);

/** Cleared visits pass the consultation gate ("pay, or be authorised, before you see the doctor"). */
export function isCleared(status: VisitPaymentStatus): boolean {
  return CLEARED.has(status);
}

// spec: BILL-STATUS-1
/**
 * The visit's stored paymentStatus (domain.md table), decided in this order:
 * 1. Nothing billable (no charges, or all voided or waived) → PAID, even on an HMO visit: there is
 *    nothing to authorise or claim.
 * 2. Cover PENDING → INSURANCE_PENDING, whatever the patient has paid towards a co-payment.
 * 3. The patient still owes (outstanding > 0) → UNPAID if nothing is paid, else PARTIALLY_PAID. This
 *    also applies to an approved visit whose patient share is unpaid, and to a REJECTED cover, which
 *    bills as cash.
 * 4. APPROVED with something for the HMO to pay (hmoCovered > 0) → SETTLED once the HMO has remitted,
 *    else INSURANCE_CLAIMED (also when the patient share is 0, e.g. FULL cover within the approval).
 * 5. Otherwise (cash, rejected, or approved for 0) with nothing owed → PAID; a credit is still PAID.
 */
export function visitPaymentStatus(
  summary: Pick<BillingSummary, 'net' | 'hmoCovered' | 'paid' | 'outstanding'>,
  insuranceStatus: InsuranceStatus | null,
  hmoRemitted: boolean,
): VisitPaymentStatus {
  if (summary.net === 0) return 'PAID';
  if (insuranceStatus === 'PENDING') return 'INSURANCE_PENDING';
  if (summary.outstanding > 0) return summary.paid > 0 ? 'PARTIALLY_PAID' : 'UNPAID';
  if (insuranceStatus === 'APPROVED' && summary.hmoCovered > 0) {
    return hmoRemitted ? 'SETTLED' : 'INSURANCE_CLAIMED';
  }
  return 'PAID';
}
