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

/** Why a chain check failed (see docs/spec/audit-rules.md); every reason means a change outside the app. */
export const auditChainFailureSchema = z.enum([
  /** This row's hash does not follow: it, or a row before it, was edited, removed or re-hashed. */
  'row-hash',
  /** A checkpoint names a row that is gone: the tail (or that row) was deleted. */
  'checkpoint-row-missing',
  /** The row a checkpoint names has another hash now: rows up to it were re-hashed. */
  'checkpoint-hash',
  /** Rows up to a checkpoint's row were added, removed or relabelled as legacy since it was written. */
  'checkpoint-count',
  /** A checkpoint file this server did not sign (edited, forged, or another SECRET_KEY). */
  'checkpoint-invalid',
]);
export type AuditChainFailure = z.infer<typeof auditChainFailureSchema>;

export const auditChainCheckSchema = z.object({
  ok: z.boolean(),
  /** Rows whose keyed hash was checked. */
  checked: z.number().int(),
  /** The first row that fails: its hash, or the row a checkpoint names (absent for a bad file). */
  firstBadId: z.number().int().optional(),
  reason: auditChainFailureSchema.optional(),
  /** The day of the checkpoint that disagrees, or the name of a checkpoint file that is not valid. */
  checkpoint: z.string().optional(),
  /** Signed checkpoints outside the database checked against the rows. */
  checkpoints: z.number().int().optional(),
  /** Rows from before the keyed chain (hash version 1): counted, not provable. */
  legacyRows: z.number().int().optional(),
});
export type AuditChainCheck = z.infer<typeof auditChainCheckSchema>;
