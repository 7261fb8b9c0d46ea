import type { OpenVisitRequest, Page, Visit, VisitListItem, VisitListQuery } from '@modern-emr/domain';
import { api, queryString } from '../../lib/api';

type VisitFilter = Partial<Omit<VisitListQuery, 'page' | 'pageSize'>> & {
  page: number;
  pageSize: number;
};

const visitUrl = (id: string) => `/api/v1/visits/${encodeURIComponent(id)}`;

export function listVisits(filter: VisitFilter, signal?: AbortSignal): Promise<Page<VisitListItem>> {
  return api.get(`/api/v1/visits${queryString({ ...filter })}`, signal);
}

export function getVisit(id: string, signal?: AbortSignal): Promise<Visit> {
  return api.get(visitUrl(id), signal);
}

export function openVisit(body: OpenVisitRequest): Promise<Visit> {
  return api.post('/api/v1/visits', body);
}

export function closeVisit(id: string): Promise<Visit> {
  return api.post(`${visitUrl(id)}/close`);
}

/** Every visit opened today on the clinic's calendar (the server knows its time zone), in arrival order. */
export function receptionWorklist(
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<Page<VisitListItem>> {
  return api.get(`/api/v1/worklists/reception${queryString({ page, pageSize })}`, signal);
}
