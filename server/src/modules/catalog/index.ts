/**
 * The catalog module's door: what other modules, http/, seed/ and cli/ may use. The service catalogue
 * (price list) and its import/export.
 */

export { catalogRoutes } from './catalog.routes';
export { billTimingEnum, serviceCatalog } from './catalog.schema';
export type { CatalogItem } from './catalog.types';
export { catalogTransferRoutes } from './catalog-transfer.routes';
