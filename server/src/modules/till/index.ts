/**
 * The till module's door: what other modules, http/, seed/ and cli/ may use. Cashier shifts and the
 * end-of-day report.
 */
export { findOpenShift, requireOpenShift } from './open-shift.service';
export { tillRoutes } from './till.routes';
export { tillShifts } from './till.schema';
