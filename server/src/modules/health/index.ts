/** The health module's door: what other modules, http/, seed/ and cli/ may use. Liveness and readiness. */
export { healthRoutes } from './health.routes';
