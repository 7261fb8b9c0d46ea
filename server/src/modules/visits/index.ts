/**
 * The visits module's door: what other modules, http/, seed/ and cli/ may use. Visit workflows: open,
 * gates, HMO cover, close, and the visit views.
 */

export { visitInsuranceRoutes } from './visit-insurance.routes';
export { pageOfVisitItems } from './visit-items.service';
export { visitRoutes } from './visits.routes';
