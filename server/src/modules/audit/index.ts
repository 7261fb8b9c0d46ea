/**
 * The audit module's door: what other modules, http/, seed/ and cli/ may use. The audit trail: record
 * an event inside the caller's transaction, verify the chain.
 */
export { auditRoutes } from './audit.routes';
export { auditLog } from './audit.schema';
export { auditContextOf, recordAudit, systemContext, verifyAuditChain } from './audit.service';
export type { AuditContext, AuditEvent } from './audit.types';
export { checkpointLogFields, writeAuditCheckpoint } from './audit-checkpoint.service';
export { checkpointFileName } from './audit-checkpoint-file';
export { scheduleAuditCheckpoints } from './audit-checkpoint-job';
export { useAuditKeys } from './audit-keys';
