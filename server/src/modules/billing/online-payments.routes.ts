import { PERMISSIONS } from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../http/app-error';
import type { ModuleDeps } from '../../http/module-deps';
import { actorOf } from './actor';
import { onlinePaymentInitRequestSchema, onlinePaymentViewSchema } from './online-payment.types';
import { initialiseOnlinePayment } from './online-payment-init.service';

/** Payment gateway: initialise, and the signed webhook that alone confirms an ONLINE payment. */
export const onlinePaymentRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (app, deps) => {
  const { db, config } = deps;
  app.post(
    '/visits/:id/online-payments',
    {
      config: { access: { roles: PERMISSIONS['onlinePayments.initialise'] } },
      schema: {
        tags: ['billing'],
        params: z.object({ id: z.uuid() }),
        body: onlinePaymentInitRequestSchema,
        response: { 201: onlinePaymentViewSchema },
      },
    },
    async (request, reply) => {
      // Without the gateway's key no webhook could ever confirm the payment, so none is started.
      if (!config.paystackSecretKey)
        throw new AppError('SERVICE_UNAVAILABLE', 'Online payments are not configured');
      const actor = actorOf(request);
      const created = await inTransaction(db, (tx) =>
        initialiseOnlinePayment(tx, request.params.id, request.body, actor),
      );
      return reply.code(201).send(created);
    },
  );
};
