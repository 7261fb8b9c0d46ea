import type { EndOfDayReport } from '@modern-emr/domain';
import { api, queryString } from '../../lib/api';

export function getEndOfDay(date: string, signal?: AbortSignal): Promise<EndOfDayReport> {
  return api.get(`/api/v1/reports/end-of-day${queryString({ date })}`, signal);
}

export function finaliseEndOfDay(date: string): Promise<EndOfDayReport> {
  return api.post('/api/v1/reports/end-of-day/finalise', { date });
}
