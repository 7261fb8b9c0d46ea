import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../http/module-deps';
import { chargeRoutes } from './charge.routes';
import { paymentRoutes } from './payment.routes';
import { refundRoutes } from './refund.routes';

/** Charges, payments, refunds and visit billing. */
export const billingRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (app, deps) => {
  await app.register(chargeRoutes, deps);
  await app.register(paymentRoutes, deps);
  await app.register(refundRoutes, deps);
};
