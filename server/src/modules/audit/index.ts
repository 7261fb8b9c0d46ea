/**
 * The audit module's door: what other modules, http/, seed/ and cli/ may use. The audit trail: record
 * an event inside the caller's transaction, verify the chain.
 */
export { auditRoutes } from './audit.routes';
export { auditLog } from './audit.schema';
export { auditContextOf, recordAudit, systemContext, verifyAuditChain } from './audit.service';
export type { AuditContext, AuditEvent } from './audit.types';
