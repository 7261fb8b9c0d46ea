/**
 * The visit-records module's door: what other modules, http/, seed/ and cli/ may use. The visit record
 * itself (tables, row lock, shared refusals), below billing and the visit workflows.
 */
export { paymentNotCleared, visitClosed } from './visit-errors';
export { lockVisit } from './visit-lock.service';
export { visitIdParamsSchema } from './visit-params';
export type { InsuranceRow, VisitRow } from './visits.schema';
export { visitInsurance, visits } from './visits.schema';
