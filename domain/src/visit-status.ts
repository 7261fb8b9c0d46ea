import { z } from 'zod';
import { ALLOWED, refuse, type TransitionResult, throwIfRefused } from './transitions';

export const VISIT_STATUSES = ['OPEN', 'CLOSED'] as const;
export const visitStatusSchema = z.enum(VISIT_STATUSES);
export type VisitStatus = z.infer<typeof visitStatusSchema>;

export type VisitTransitionRefusal = 'SAME_STATUS' | 'VISIT_CLOSED';

/** OPEN → CLOSED, once. A closed visit is never reopened; later information is an addendum. */
export function canTransitionVisit(
  from: VisitStatus,
  to: VisitStatus,
): TransitionResult<VisitTransitionRefusal> {
  if (from === 'CLOSED') return refuse('VISIT_CLOSED');
  if (from === to) return refuse('SAME_STATUS');
  return ALLOWED;
}

export function assertVisitTransition(from: VisitStatus, to: VisitStatus): void {
  throwIfRefused('VISIT', from, to, canTransitionVisit(from, to));
}

export type VisitCloseRefusal = 'VISIT_CLOSED' | 'CONSULTATION_REQUIRED' | 'OUTSTANDING_BALANCE';

/**
 * Why a DOCTOR may not close the visit yet, or null when they may. The balance check uses the
 * patient's outstanding from the billing summary (a credit is fine), and a deferral recorded by a
 * CASHIER/ADMIN with a reason lifts it. HMO shares still awaited from the insurer do not block closing.
 */
export function visitCloseRefusal(visit: {
  status: VisitStatus;
  hasConsultation: boolean;
  outstanding: number;
  balanceDeferred: boolean;
}): VisitCloseRefusal | null {
  if (visit.status === 'CLOSED') return 'VISIT_CLOSED';
  if (!visit.hasConsultation) return 'CONSULTATION_REQUIRED';
  if (visit.outstanding > 0 && !visit.balanceDeferred) return 'OUTSTANDING_BALANCE';
  return null;
}
