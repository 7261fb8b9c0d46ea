import { z } from 'zod';

/** One audit row as the API sends it (ADMIN only); shared so the viewer cannot drift from the server. */
export const auditEntrySchema = z.object({
  id: z.number().int(),
  /** ISO 8601. */
  createdAt: z.string(),
  actorId: z.string().nullable(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  patientId: z.string().nullable(),
  visitId: z.string().nullable(),
  outcome: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditChainCheckSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBadId: z.number().int().optional(),
});
export type AuditChainCheck = z.infer<typeof auditChainCheckSchema>;
