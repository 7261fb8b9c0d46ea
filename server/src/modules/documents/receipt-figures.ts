import type { ReceiptData } from './documents.types';

/** Money from the payment that paid no charge: it went to the patient's wallet. */
export function unallocated(receipt: Pick<ReceiptData, 'amount' | 'allocations'>): number {
  return receipt.amount - receipt.allocations.reduce((sum, a) => sum + a.amount, 0);
}

/** A negative balance is money the clinic holds for the patient, so it is stated as a credit. */
export function balanceLine(balanceAfter: number): { label: string; amount: number } {
  if (balanceAfter < 0) return { label: 'Credit balance', amount: -balanceAfter };
  return { label: 'Balance outstanding', amount: balanceAfter };
}
