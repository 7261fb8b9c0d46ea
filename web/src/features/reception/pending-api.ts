import type { Page } from '@modern-emr/domain';
import { api, queryString } from '../../lib/api';

export interface PendingSignup {
  id: string;
  firstName: string;
  lastName: string;
  phone: string;
  email: string | null;
  dateOfBirth: string | null;
  username: string;
  registeredAt: string;
}

export function listPendingSignups(page: number, pageSize: number): Promise<Page<PendingSignup>> {
  return api.get(`/api/v1/patients/pending-verification${queryString({ page, pageSize })}`);
}

export function verifySignup(
  patientId: string,
): Promise<{ id: string; portalVerified: true; verifiedAt: string }> {
  return api.post(`/api/v1/patients/${encodeURIComponent(patientId)}/verify`);
}
