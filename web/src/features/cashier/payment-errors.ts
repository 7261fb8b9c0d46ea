import { ApiError, errorMessage } from '../../lib/api';

/**
 * What to tell the cashier when a money request failed. A lost answer is the dangerous case: the
 * money may have been recorded, so the advice is to press the same button again, which resends the
 * same Idempotency-Key and can never post twice.
 */
export function moneyErrorMessage(error: unknown, action: string): string {
  if (error instanceof ApiError) {
    if (error.code === 'NETWORK_ERROR') {
      return `The server could not be reached, so it is not known whether the ${action} was recorded. Press the button again when the connection is back: it is sent as the same request and is never recorded twice.`;
    }
    if (error.code === 'IDEMPOTENCY_KEY_REUSED') {
      return `This ${action} was already sent with different details. Close this window and check the list before starting again.`;
    }
  }
  return errorMessage(error, `The ${action} could not be recorded.`);
}
