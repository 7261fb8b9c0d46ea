/**
 * The worklists module's door: what other modules, http/, seed/ and cli/ may use. Role worklists over
 * open visits.
 */
export { worklistRoutes } from './worklists.routes';
