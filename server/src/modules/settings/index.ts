/** The settings module's door: what other modules, http/, seed/ and cli/ may use. The clinic's settings. */
export { settingsRoutes } from './settings.routes';
export { clinicSettings } from './settings.schema';
export { getSettings } from './settings.service';
