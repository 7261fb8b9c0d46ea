/**
 * The consultation module's door: what other modules, http/, seed/ and cli/ may use. The doctor's
 * consultation note on a visit.
 */
export { consultationRoutes } from './consultation.routes';
export { consultations } from './consultation.schema';
