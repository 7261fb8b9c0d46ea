import type {
  AddChargeRequest,
  ChargeChanged,
  COUNTER_PAYMENT_METHODS,
  InsuranceApproveRequest,
  InsuranceCoverInput,
  Page,
  PaymentCreated,
  PaymentRequest,
  RefundChanged,
  RefundRequest,
  Visit,
  VisitBillingView,
  VisitInsuranceChanged,
  VisitListItem,
} from '@modern-emr/domain';
import { api, queryString } from '../../lib/api';
import { postIdempotent } from './idempotent-post';

export type CounterMethod = (typeof COUNTER_PAYMENT_METHODS)[number];

const visitUrl = (id: string) => `/api/v1/visits/${encodeURIComponent(id)}`;

export function getVisitBilling(visitId: string, signal?: AbortSignal): Promise<VisitBillingView> {
  return api.get(`${visitUrl(visitId)}/billing`, signal);
}

export function addCharge(visitId: string, body: AddChargeRequest): Promise<ChargeChanged> {
  return api.post(`${visitUrl(visitId)}/charges`, body);
}

export function waiveCharge(chargeId: string, reason: string): Promise<ChargeChanged> {
  return api.post(`/api/v1/charges/${encodeURIComponent(chargeId)}/waive`, { reason });
}

export function voidCharge(chargeId: string, reason: string): Promise<ChargeChanged> {
  return api.post(`/api/v1/charges/${encodeURIComponent(chargeId)}/void`, { reason });
}

export function takePayment(visitId: string, key: string, body: PaymentRequest): Promise<PaymentCreated> {
  return postIdempotent(`${visitUrl(visitId)}/payments`, key, body);
}

export function refundPayment(paymentId: string, key: string, body: RefundRequest): Promise<RefundChanged> {
  return postIdempotent(`/api/v1/payments/${encodeURIComponent(paymentId)}/refund`, key, body);
}

export function attachCover(visitId: string, body: InsuranceCoverInput): Promise<VisitInsuranceChanged> {
  return api.post(`${visitUrl(visitId)}/insurance`, body);
}

export function approveCover(visitId: string, body: InsuranceApproveRequest): Promise<VisitInsuranceChanged> {
  return api.post(`${visitUrl(visitId)}/insurance/approve`, body);
}

export function rejectCover(visitId: string, reason: string): Promise<VisitInsuranceChanged> {
  return api.post(`${visitUrl(visitId)}/insurance/reject`, { reason });
}

export function deferBalance(visitId: string, reason: string): Promise<Visit> {
  return api.post(`${visitUrl(visitId)}/defer-balance`, { reason });
}

/** Open visits not yet cleared (unpaid, partly paid, awaiting an HMO), as the server orders them. */
export function listCashierQueue(
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<Page<VisitListItem>> {
  return api.get(`/api/v1/worklists/cashier${queryString({ page, pageSize })}`, signal);
}
