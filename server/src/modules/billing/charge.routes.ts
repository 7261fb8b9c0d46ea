import {
  addChargeRequestSchema,
  chargeChangedSchema,
  chargeReasonRequestSchema,
  PERMISSIONS,
  visitBillingViewSchema,
} from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../http/module-deps';
import { actorOf } from './actor';
import { getVisitBillingView } from './billing-read.service';
import { addVisitCharge, closeOutCharge } from './charge.service';

const tags = ['billing'];
const idParams = z.object({ id: z.uuid() });

/** A visit's bill and its lines: read it, add a catalogue service, waive or void a line. */
export const chargeRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (app, { db, clock }) => {
  app.get(
    '/visits/:id/billing',
    {
      config: { access: { roles: PERMISSIONS['billing.read'] } },
      schema: { tags, params: idParams, response: { 200: visitBillingViewSchema } },
    },
    async (request) => getVisitBillingView(db, request.params.id),
  );

  app.post(
    '/visits/:id/charges',
    {
      config: { access: { roles: PERMISSIONS['billing.charge'] } },
      schema: {
        tags,
        params: idParams,
        body: addChargeRequestSchema,
        response: { 201: chargeChangedSchema },
      },
    },
    async (request, reply) => {
      const charge = await addVisitCharge(db, request.params.id, request.body, actorOf(request));
      return reply.code(201).send(charge);
    },
  );

  app.post(
    '/charges/:id/waive',
    {
      config: { access: { roles: PERMISSIONS['billing.waive'] } },
      schema: {
        tags,
        params: idParams,
        body: chargeReasonRequestSchema,
        response: { 200: chargeChangedSchema },
      },
    },
    async (request) =>
      closeOutCharge(db, request.params.id, 'WAIVED', request.body.reason, actorOf(request), clock()),
  );

  app.post(
    '/charges/:id/void',
    {
      config: { access: { roles: PERMISSIONS['billing.charge'] } },
      schema: {
        tags,
        params: idParams,
        body: chargeReasonRequestSchema,
        response: { 200: chargeChangedSchema },
      },
    },
    async (request) =>
      closeOutCharge(db, request.params.id, 'VOIDED', request.body.reason, actorOf(request), clock()),
  );
};
