import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../http/module-deps';

/** The consultation, behind the payment gate. */
export const consultationRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (_app, _deps) => {};
