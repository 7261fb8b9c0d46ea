import type { Role } from '@modern-emr/domain';

export type AuditOutcome = 'SUCCESS' | 'FAILURE' | 'DENIED';

/** Who acted and from where; taken from the request once, passed to every audit write. */
export interface AuditContext {
  actorId: string | null;
  actorRoles: readonly Role[];
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/**
 * One audit row. `metadata` must never hold PHI: no names, no search terms, no clinical text,
 * only ids, codes, counts and amounts.
 */
export interface AuditEvent {
  /** Dotted verb, e.g. `auth.login`, `user.create`, `settings.update`, `patient.chart.view`. */
  action: string;
  entityType?: string;
  entityId?: string | null;
  patientId?: string | null;
  visitId?: string | null;
  outcome?: AuditOutcome;
  metadata?: Record<string, string | number | boolean | null | string[]>;
}
