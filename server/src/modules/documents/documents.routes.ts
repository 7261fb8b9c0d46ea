import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../http/module-deps';

/** Receipt, invoice and statement PDFs. */
export const documentRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (_app, _deps) => {};
