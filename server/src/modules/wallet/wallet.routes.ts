import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../http/module-deps';

/** Patient wallets: balance, ledger and deposits. */
export const walletRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (_app, _deps) => {};
