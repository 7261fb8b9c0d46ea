import type { Page } from '@modern-emr/domain';
import { api, queryString } from '../../lib/api';

export interface AuditEntry {
  id: number;
  createdAt: string;
  actorId: string | null;
  actorRoles: string[];
  action: string;
  entityType: string | null;
  entityId: string | null;
  patientId: string | null;
  visitId: string | null;
  outcome: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  metadata: Record<string, unknown>;
  hash: string;
}

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

export function listAudit(filter: AuditFilter): Promise<Page<AuditEntry>> {
  return api.get(`/api/v1/audit-logs${queryString({ ...filter })}`);
}

export type ChainCheck = { ok: boolean; checked: number; firstBadId?: number };

export function verifyAuditChain(): Promise<ChainCheck> {
  return api.get('/api/v1/audit-logs/verify');
}
