import type { Page, PendingRegistration } from '@modern-emr/domain';
import { api, queryString } from '../../lib/api';

export function listPendingSignups(
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<Page<PendingRegistration>> {
  return api.get(`/api/v1/patients/pending-verification${queryString({ page, pageSize })}`, signal);
}

export function verifySignup(
  patientId: string,
): Promise<{ id: string; portalVerified: true; verifiedAt: string }> {
  return api.post(`/api/v1/patients/${encodeURIComponent(patientId)}/verify`);
}
