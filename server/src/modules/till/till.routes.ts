import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../http/module-deps';

/** Till shifts and the end-of-day report. */
export const tillRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (_app, _deps) => {};
