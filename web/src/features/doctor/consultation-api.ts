import type { Consultation, ConsultationFields, Page, VisitListItem } from '@modern-emr/domain';
import { api, queryString } from '../../lib/api';

const consultationUrl = (visitId: string) => `/api/v1/visits/${encodeURIComponent(visitId)}/consultation`;

export function getConsultation(visitId: string, signal?: AbortSignal): Promise<Consultation> {
  return api.get(consultationUrl(visitId), signal);
}

/** Refused with 403 PAYMENT_NOT_CLEARED (details carry `paymentStatus`) unless the visit is cleared or an emergency. */
export function startConsultation(visitId: string): Promise<Consultation> {
  return api.post(consultationUrl(visitId), {});
}

export function saveConsultation(visitId: string, fields: ConsultationFields): Promise<Consultation> {
  return api.patch(consultationUrl(visitId), fields);
}

export function completeConsultation(visitId: string): Promise<Consultation> {
  return api.post(`${consultationUrl(visitId)}/complete`);
}

/** Open visits the doctor may see now: cleared, or emergencies. */
export function doctorWorklist(
  filter: { mine: boolean; page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<Page<VisitListItem>> {
  return api.get(
    `/api/v1/worklists/doctor${queryString({ mine: filter.mine ? 'true' : undefined, page: filter.page, pageSize: filter.pageSize })}`,
    signal,
  );
}
