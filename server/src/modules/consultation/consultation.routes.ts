import {
  consultationPatchSchema,
  consultationSchema,
  consultationStartSchema,
  PERMISSIONS,
} from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../http/module-deps';
import { auditContextOf } from '../audit';
import { visitIdParamsSchema } from '../visit-records';
import {
  completeConsultation,
  startConsultation,
  updateConsultation,
  viewConsultation,
} from './consultation.service';

const tags = ['consultation'];
const params = visitIdParamsSchema;

/**
 * The consultation, behind the payment gate: starting needs an open, cleared (or emergency) visit;
 * editing and completing need only an open visit, since a started consultation is never re-gated.
 */
export const consultationRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (app, { db, clock }) => {
  app.post(
    '/visits/:id/consultation',
    {
      config: {
        access: { roles: PERMISSIONS['consultation.write'], gates: ['visitOpen', 'paymentCleared'] },
      },
      schema: { tags, params, body: consultationStartSchema, response: { 201: consultationSchema } },
    },
    async (request, reply) => {
      const consultation = await startConsultation(
        db,
        request.params.id,
        request.body ?? {},
        clock(),
        auditContextOf(request),
      );
      return reply.code(201).send(consultation);
    },
  );

  app.get(
    '/visits/:id/consultation',
    {
      config: { access: { roles: PERMISSIONS['consultation.read'] } },
      schema: { tags, params, response: { 200: consultationSchema } },
    },
    async (request) => viewConsultation(db, request.params.id, auditContextOf(request)),
  );

  app.patch(
    '/visits/:id/consultation',
    {
      config: { access: { roles: PERMISSIONS['consultation.write'], gates: ['visitOpen'] } },
      schema: { tags, params, body: consultationPatchSchema, response: { 200: consultationSchema } },
    },
    async (request) =>
      updateConsultation(db, request.params.id, request.body, clock(), auditContextOf(request)),
  );

  app.post(
    '/visits/:id/consultation/complete',
    {
      config: { access: { roles: PERMISSIONS['consultation.write'], gates: ['visitOpen'] } },
      schema: { tags, params, response: { 200: consultationSchema } },
    },
    async (request) => completeConsultation(db, request.params.id, clock(), auditContextOf(request)),
  );
};
