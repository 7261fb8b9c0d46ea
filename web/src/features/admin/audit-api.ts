import type { AuditChainCheck, AuditEntry, Page } from '@modern-emr/domain';
import { api, queryString } from '../../lib/api';

export interface AuditFilter {
  action?: string;
  actorId?: string;
  patientId?: string;
  visitId?: string;
  /** ISO timestamps. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export function listAudit(filter: AuditFilter, signal?: AbortSignal): Promise<Page<AuditEntry>> {
  return api.get(`/api/v1/audit-logs${queryString({ ...filter })}`, signal);
}

export function verifyAuditChain(signal?: AbortSignal): Promise<AuditChainCheck> {
  return api.get('/api/v1/audit-logs/verify', signal);
}
