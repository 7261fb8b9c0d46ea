/** The staff module's door: what other modules, http/, seed/ and cli/ may use. The staff directory. */
export { staffRoutes } from './staff.routes';
