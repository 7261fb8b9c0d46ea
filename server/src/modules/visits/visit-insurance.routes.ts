import {
  insuranceApproveRequestSchema,
  insuranceCoverSchema,
  insuranceRejectRequestSchema,
  insuranceRemitRequestSchema,
  PERMISSIONS,
  visitInsuranceChangedSchema,
} from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Access } from '../../http/access';
import type { ModuleDeps } from '../../http/module-deps';
import { auditContextOf } from '../audit';
import { visitIdParamsSchema } from '../visit-records';
import { approveCover, attachCover, rejectCover, remitCover } from './visit-insurance.service';

const tags = ['visits', 'hmo'];
const access = { roles: PERMISSIONS['hmo.authorise'], gates: ['visitOpen'] } satisfies Access;
const response = { 200: visitInsuranceChangedSchema };

/** HMO cover on a visit (CASHIER): attach, approve or top up, reject, and the HMO's remittance. */
export const visitInsuranceRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (app, { db, clock }) => {
  app.post(
    '/visits/:id/insurance',
    {
      config: { access },
      schema: {
        tags,
        params: visitIdParamsSchema,
        body: insuranceCoverSchema,
        response: { 201: visitInsuranceChangedSchema },
      },
    },
    async (request, reply) => {
      const cover = await attachCover(db, request.params.id, request.body, clock(), auditContextOf(request));
      return reply.code(201).send(cover);
    },
  );

  app.post(
    '/visits/:id/insurance/approve',
    {
      config: { access },
      schema: { tags, params: visitIdParamsSchema, body: insuranceApproveRequestSchema, response },
    },
    async (request) => approveCover(db, request.params.id, request.body, clock(), auditContextOf(request)),
  );

  app.post(
    '/visits/:id/insurance/reject',
    {
      config: { access },
      schema: { tags, params: visitIdParamsSchema, body: insuranceRejectRequestSchema, response },
    },
    async (request) =>
      rejectCover(db, request.params.id, request.body.reason, clock(), auditContextOf(request)),
  );

  // No visitOpen gate: the HMO usually pays weeks after the visit closed.
  app.post(
    '/visits/:id/insurance/remit',
    {
      config: { access: { roles: PERMISSIONS['hmo.authorise'] } },
      schema: { tags, params: visitIdParamsSchema, body: insuranceRemitRequestSchema, response },
    },
    async (request) => remitCover(db, request.params.id, request.body, clock(), auditContextOf(request)),
  );
};
