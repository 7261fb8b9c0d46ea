import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../http/module-deps';

/** HMO providers and their tariffs (ADMIN). */
export const hmoRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (_app, _deps) => {};
