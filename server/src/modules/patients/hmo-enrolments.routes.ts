import {
  hmoEnrolmentInputSchema,
  hmoEnrolmentPatchSchema,
  hmoEnrolmentSchema,
  PERMISSIONS,
} from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../http/module-deps';
import { auditContextOf } from '../audit';
import { createEnrolment, patientEnrolments, updateEnrolment } from './hmo-enrolments.service';

const tags = ['patients'];
const params = z.object({ id: z.uuid() });

/** A patient's HMO enrolments: reception records the card; visits pre-fill their cover from it. */
export const hmoEnrolmentRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (app, { db }) => {
  app.get(
    '/patients/:id/hmo-enrolments',
    {
      config: { access: { roles: PERMISSIONS['patients.read'] } },
      schema: { tags, params, response: { 200: z.object({ items: z.array(hmoEnrolmentSchema) }) } },
    },
    async (request) => ({ items: await patientEnrolments(db, request.params.id) }),
  );

  app.post(
    '/patients/:id/hmo-enrolments',
    {
      config: { access: { roles: PERMISSIONS['patients.register'] } },
      schema: { tags, params, body: hmoEnrolmentInputSchema, response: { 201: hmoEnrolmentSchema } },
    },
    async (request, reply) => {
      const created = await createEnrolment(db, request.params.id, request.body, auditContextOf(request));
      return reply.code(201).send(created);
    },
  );

  app.patch(
    '/patients/:id/hmo-enrolments/:enrolmentId',
    {
      config: { access: { roles: PERMISSIONS['patients.register'] } },
      schema: {
        tags,
        params: params.extend({ enrolmentId: z.uuid() }),
        body: hmoEnrolmentPatchSchema,
        response: { 200: hmoEnrolmentSchema },
      },
    },
    async (request) =>
      updateEnrolment(
        db,
        request.params.id,
        request.params.enrolmentId,
        request.body,
        auditContextOf(request),
      ),
  );
};
