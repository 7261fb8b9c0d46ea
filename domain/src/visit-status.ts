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
