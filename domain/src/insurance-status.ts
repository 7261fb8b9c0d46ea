import { z } from 'zod';
import { ALLOWED, refuse, type TransitionResult, throwIfRefused } from './transitions';

export const INSURANCE_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export const insuranceStatusSchema = z.enum(INSURANCE_STATUSES);
export type InsuranceStatus = z.infer<typeof insuranceStatusSchema>;

export const COVERAGE_TYPES = ['FULL', 'PARTIAL'] as const;
export const coverageTypeSchema = z.enum(COVERAGE_TYPES);
export type CoverageType = z.infer<typeof coverageTypeSchema>;

export type InsuranceTransitionRefusal =
  | 'SAME_STATUS'
  /** Once the HMO has answered, the visit never waits for it again. */
  | 'NO_RETURN_TO_PENDING'
  /** A rejection is final for this visit's cover; the patient pays as cash. */
  | 'TERMINAL_STATUS'
  /** An authorisation already given is a commitment; only a top-up may change it. */
  | 'ALREADY_APPROVED'
  /** A top-up must raise the approved amount. */
  | 'TOP_UP_MUST_RAISE_AMOUNT';

/**
 * PENDING → APPROVED | REJECTED, and APPROVED → APPROVED for a top-up authorisation that raises the
 * approved amount (pass both amounts; without them a top-up is refused rather than assumed).
 */
export function canTransitionInsurance(
  from: InsuranceStatus,
  to: InsuranceStatus,
  ctx: { approvedAmount?: { current: number; next: number } } = {},
): TransitionResult<InsuranceTransitionRefusal> {
  if (to === 'PENDING') return refuse(from === 'PENDING' ? 'SAME_STATUS' : 'NO_RETURN_TO_PENDING');
  if (from === 'REJECTED') return refuse('TERMINAL_STATUS');
  if (from === 'PENDING') return ALLOWED;
  if (to === 'REJECTED') return refuse('ALREADY_APPROVED');
  const amounts = ctx.approvedAmount;
  return amounts && amounts.next > amounts.current ? ALLOWED : refuse('TOP_UP_MUST_RAISE_AMOUNT');
}

export function assertInsuranceTransition(
  from: InsuranceStatus,
  to: InsuranceStatus,
  ctx: { approvedAmount?: { current: number; next: number } } = {},
): void {
  throwIfRefused('INSURANCE', from, to, canTransitionInsurance(from, to, ctx));
}
