import {
  PERMISSIONS,
  paymentCreatedSchema,
  paymentDetailSchema,
  paymentRequestSchema,
} from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../http/module-deps';
import { runIdempotent } from '../idempotency';
import { actorOf } from './actor';
import { getPaymentDetail } from './billing-read.service';
import { markReplay } from './idempotent-reply';
import { takePayment } from './payment.service';

const tags = ['billing'];
const idParams = z.object({ id: z.uuid() });

/** Counter payments on a visit (exactly once per Idempotency-Key) and a payment's details. */
export const paymentRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (app, { db, clock }) => {
  app.post(
    '/visits/:id/payments',
    {
      config: { access: { roles: PERMISSIONS['billing.pay'], idempotent: true } },
      schema: {
        tags,
        params: idParams,
        body: paymentRequestSchema,
        response: { 201: paymentCreatedSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const result = await runIdempotent(db, request, 201, (tx) =>
        takePayment(tx, request.params.id, request.body, actor, clock()),
      );
      markReplay(reply, result.replayed);
      return reply.code(201).send(result.body);
    },
  );

  app.get(
    '/payments/:id',
    {
      config: { access: { roles: PERMISSIONS['billing.read'] } },
      schema: { tags, params: idParams, response: { 200: paymentDetailSchema } },
    },
    async (request) => getPaymentDetail(db, request.params.id),
  );
};
