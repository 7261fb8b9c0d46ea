import { formatMoney } from '@modern-emr/domain';
import { ApiError } from '../../lib/api';

function outstandingOf(details: unknown, fallback: number): number {
  if (typeof details === 'object' && details !== null) {
    const value = (details as { outstanding?: unknown }).outstanding;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  }
  return fallback;
}

/**
 * The server's reason for refusing to close a visit, in words that say what to do next. Codes come
 * from closeVisitRefusal in the domain package; anything else is shown as the server worded it.
 */
export function closeRefusalWords(error: unknown, outstanding: number): string {
  if (!(error instanceof ApiError)) return 'The visit could not be closed. Try again.';
  switch (error.code) {
    case 'CONSULTATION_REQUIRED':
      return 'Complete the consultation first: a visit is closed only after its consultation is completed.';
    case 'INSURANCE_PENDING':
      return 'The HMO has not answered yet. The cashier must record its authorisation (or refusal) before the visit can be closed.';
    case 'OUTSTANDING_BALANCE':
      return `The patient still owes ${formatMoney(outstandingOf(error.details, outstanding))}. Send them to the cashier to pay, or ask a cashier to defer the balance with a reason.`;
    case 'REFUND_PENDING':
      return 'A refund on this visit is waiting for an administrator. It must be approved or rejected before the visit can be closed.';
    case 'VISIT_CLOSED':
      return 'This visit is already closed.';
    default:
      return error.message;
  }
}
