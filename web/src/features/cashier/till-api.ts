import { type Shift, shiftSchema, type TillAmounts } from '@modern-emr/domain';
import { api } from '../../lib/api';

const currentShiftAnswer = shiftSchema.nullable();

/**
 * The signed-in cashier's open shift, or null when none is open (the server answers 200 null).
 * Checked against the contract: an answer of another shape fails here rather than showing wrong
 * till money.
 */
export async function getCurrentShift(signal?: AbortSignal): Promise<Shift | null> {
  return currentShiftAnswer.parse(await api.get('/api/v1/shifts/current', signal));
}

export function openShift(openingFloat: number): Promise<Shift> {
  return api.post('/api/v1/shifts/open', { openingFloat });
}

export function closeShift(counted: TillAmounts, note?: string): Promise<Shift> {
  return api.post('/api/v1/shifts/close', { counted, ...(note ? { note } : {}) });
}
