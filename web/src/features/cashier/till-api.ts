import { type Shift, shiftSchema, type TillAmounts } from '@modern-emr/domain';
import { ApiError, api } from '../../lib/api';

/**
 * The signed-in cashier's open shift, or null when none is open (the server answers 404). Checked
 * against the contract: an answer of another shape fails here rather than showing wrong till money.
 */
export async function getCurrentShift(signal?: AbortSignal): Promise<Shift | null> {
  try {
    return shiftSchema.parse(await api.get('/api/v1/shifts/current', signal));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function openShift(openingFloat: number): Promise<Shift> {
  return api.post('/api/v1/shifts/open', { openingFloat });
}

export function closeShift(counted: TillAmounts, note?: string): Promise<Shift> {
  return api.post('/api/v1/shifts/close', { counted, ...(note ? { note } : {}) });
}
