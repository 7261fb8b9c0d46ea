import type { BillTiming } from './catalog';
import { isCleared, type VisitPaymentStatus } from './visit-payment-status';

/** `bypassed` is true when only the emergency flag let the action through: the server audits it. */
export type GatePass = { allowed: true; bypassed: boolean };

/** Both gates refuse with 403 PAYMENT_NOT_CLEARED (errors.ts); the details say what is missing. */
export type ConsultationGateDecision =
  | GatePass
  | { allowed: false; code: 'PAYMENT_NOT_CLEARED'; paymentStatus: VisitPaymentStatus };
export type RenderGateDecision =
  | GatePass
  | { allowed: false; code: 'PAYMENT_NOT_CLEARED'; reason: 'CHARGE_NOT_SETTLED' };

// spec: BILL-GATE-1, BILL-GATE-2, VISIT-EMERG-1
/**
 * Starting a consultation needs a cleared visit, or an emergency ("treat first, bill later").
 * A consultation already started is never re-gated, so the server checks this on start only.
 */
export function consultationGate(visit: {
  paymentStatus: VisitPaymentStatus;
  emergency: boolean;
}): ConsultationGateDecision {
  if (isCleared(visit.paymentStatus)) return { allowed: true, bypassed: false };
  if (visit.emergency) return { allowed: true, bypassed: true };
  return { allowed: false, code: 'PAYMENT_NOT_CLEARED', paymentStatus: visit.paymentStatus };
}

// spec: BILL-GATE-1
/**
 * Rendering an order (collecting a sample, performing a study, dispensing, a procedure): a service
 * billed BEFORE needs that order's own charge settled (`settled` from `computeBilling`); AFTER may be
 * rendered first and paid later; an emergency visit bypasses the check. Vitals and nursing notes are
 * not orders and never call this.
 */
export function renderGate(order: {
  billTiming: BillTiming;
  chargeSettled: boolean;
  emergency: boolean;
}): RenderGateDecision {
  if (order.billTiming === 'AFTER' || order.chargeSettled) return { allowed: true, bypassed: false };
  if (order.emergency) return { allowed: true, bypassed: true };
  return { allowed: false, code: 'PAYMENT_NOT_CLEARED', reason: 'CHARGE_NOT_SETTLED' };
}
