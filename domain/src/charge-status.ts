import { z } from 'zod';
import { ALLOWED, refuse, type TransitionResult, throwIfRefused } from './transitions';

export const CHARGE_STATUSES = ['PENDING', 'PARTIALLY_PAID', 'PAID', 'WAIVED', 'VOIDED'] as const;
export const chargeStatusSchema = z.enum(CHARGE_STATUSES);
export type ChargeStatus = z.infer<typeof chargeStatusSchema>;

/** The three statuses that only describe how much of the patient's share has been paid. */
const MONEY_STATUSES: readonly ChargeStatus[] = ['PENDING', 'PARTIALLY_PAID', 'PAID'];

export type ChargeTransitionRefusal =
  | 'SAME_STATUS'
  /** WAIVED and VOIDED are final: the charge no longer asks anyone for money. */
  | 'TERMINAL_STATUS'
  /** Waive or void only a charge nothing is paid on; refund first, so no money is left dangling. */
  | 'HAS_PAYMENTS'
  /** A rendered service stays billed; it can still be waived. */
  | 'RENDERED';

/**
 * PENDING → PARTIALLY_PAID → PAID is driven by money and is recomputed by `computeBilling`; it also
 * runs backwards, because a refund or the loss of HMO cover (a rejection) makes a paid charge owe again.
 * WAIVED and VOIDED are the deliberate actions, allowed only while nothing is paid on the charge, and
 * VOIDED only while the service has not been rendered.
 */
export function canTransitionCharge(
  from: ChargeStatus,
  to: ChargeStatus,
  ctx: { rendered?: boolean } = {},
): TransitionResult<ChargeTransitionRefusal> {
  if (from === 'WAIVED' || from === 'VOIDED') return refuse('TERMINAL_STATUS');
  if (from === to) return refuse('SAME_STATUS');
  if (MONEY_STATUSES.includes(to)) return ALLOWED;
  if (from !== 'PENDING') return refuse('HAS_PAYMENTS');
  if (to === 'VOIDED' && ctx.rendered) return refuse('RENDERED');
  return ALLOWED;
}

// spec: BILL-CHARGE-1, BILL-CHARGE-2
export function assertChargeTransition(
  from: ChargeStatus,
  to: ChargeStatus,
  ctx: { rendered?: boolean } = {},
): void {
  throwIfRefused('CHARGE', from, to, canTransitionCharge(from, to, ctx));
}
