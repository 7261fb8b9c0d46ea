/**
 * The hmo module's door: what other modules, http/, seed/ and cli/ may use. HMO providers and their
 * tariffs.
 */
export { hmoRoutes } from './hmo.routes';
export { hmoProviders, hmoTariffs } from './hmo.schema';
export { unitPriceFor } from './tariff-price.service';
