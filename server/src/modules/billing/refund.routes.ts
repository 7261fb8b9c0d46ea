import {
  PERMISSIONS,
  pageSchema,
  refundApproveRequestSchema,
  refundChangedSchema,
  refundListQuerySchema,
  refundRejectRequestSchema,
  refundRequestSchema,
  refundViewSchema,
} from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../http/module-deps';
import { runIdempotent } from '../idempotency';
import { actorOf } from './actor';
import { markReplay } from './idempotent-reply';
import { decideRefund, listRefunds, requestRefund } from './refund.service';

const tags = ['billing'];
const idParams = z.object({ id: z.uuid() });

/** Refunds: a cashier asks (exactly once per Idempotency-Key); above the threshold an administrator decides. */
export const refundRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (app, { db, clock }) => {
  app.post(
    '/payments/:id/refund',
    {
      config: { access: { roles: PERMISSIONS['billing.refund'], idempotent: true } },
      schema: {
        tags,
        params: idParams,
        body: refundRequestSchema,
        response: { 201: refundChangedSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const result = await runIdempotent(db, request, 201, (tx) =>
        requestRefund(tx, request.params.id, request.body, actor, clock()),
      );
      markReplay(reply, result.replayed);
      return reply.code(201).send(result.body);
    },
  );

  app.get(
    '/refunds',
    {
      config: { access: { roles: PERMISSIONS['refunds.approve'] } },
      schema: { tags, querystring: refundListQuerySchema, response: { 200: pageSchema(refundViewSchema) } },
    },
    async (request) => listRefunds(db, request.query),
  );

  app.post(
    '/refunds/:id/approve',
    {
      config: { access: { roles: PERMISSIONS['refunds.approve'] } },
      schema: {
        tags,
        params: idParams,
        body: refundApproveRequestSchema.nullish(),
        response: { 200: refundChangedSchema },
      },
    },
    async (request) =>
      decideRefund(
        db,
        request.params.id,
        { to: 'COMPLETED', note: request.body?.note ?? null },
        actorOf(request),
        clock(),
      ),
  );

  app.post(
    '/refunds/:id/reject',
    {
      config: { access: { roles: PERMISSIONS['refunds.approve'] } },
      schema: {
        tags,
        params: idParams,
        body: refundRejectRequestSchema,
        response: { 200: refundChangedSchema },
      },
    },
    async (request) =>
      decideRefund(
        db,
        request.params.id,
        { to: 'REJECTED', note: request.body.reason },
        actorOf(request),
        clock(),
      ),
  );
};
