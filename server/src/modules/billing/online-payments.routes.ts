import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../http/module-deps';

/** Payment gateway: initialise, and the signed webhook that alone confirms an ONLINE payment. */
export const onlinePaymentRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (_app, _deps) => {};
