import type { VisitPaymentStatus } from '@modern-emr/domain';

export const PAYMENT_STATUS_LABELS: Record<VisitPaymentStatus, string> = {
  UNPAID: 'Unpaid',
  PARTIALLY_PAID: 'Partially paid',
  PAID: 'Paid',
  INSURANCE_PENDING: 'HMO authorisation pending',
  INSURANCE_CLAIMED: 'HMO approved',
  SETTLED: 'Settled',
};

/** Light badge colours whose text passes WCAG AA on their tint (see theme.ts). */
export const PAYMENT_STATUS_COLORS: Record<VisitPaymentStatus, string> = {
  UNPAID: 'red',
  PARTIALLY_PAID: 'amber',
  PAID: 'green',
  INSURANCE_PENDING: 'amber',
  INSURANCE_CLAIMED: 'green',
  SETTLED: 'green',
};

/** Why the doctor cannot start yet, in the words the front desk uses. */
export function waitingReason(status: VisitPaymentStatus): string {
  switch (status) {
    case 'UNPAID':
      return 'Waiting for payment — nothing paid yet';
    case 'PARTIALLY_PAID':
      return 'Waiting for payment — partially paid';
    case 'INSURANCE_PENDING':
      return 'Waiting for HMO authorisation';
    default:
      return 'Payment cleared';
  }
}

/** What someone can do about it. */
export function waitingAdvice(status: VisitPaymentStatus): string {
  switch (status) {
    case 'INSURANCE_PENDING':
      return 'The cashier must record the HMO’s authorisation code (or its refusal, after which the patient pays as cash). This page unlocks as soon as the visit is cleared.';
    case 'UNPAID':
    case 'PARTIALLY_PAID':
      return 'Send the patient to the cashier to pay what is outstanding. This page unlocks as soon as the visit is cleared.';
    default:
      return '';
  }
}
