import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../http/module-deps';

/** Visits: open, list, detail, close, deferral, and HMO cover on a visit. */
export const visitRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (_app, _deps) => {};
