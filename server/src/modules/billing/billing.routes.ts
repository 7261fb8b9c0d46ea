import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../http/module-deps';

/** Charges, payments, refunds and visit billing. */
export const billingRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (_app, _deps) => {};
