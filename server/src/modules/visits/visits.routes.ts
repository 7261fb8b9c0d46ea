import {
  deferBalanceRequestSchema,
  openVisitRequestSchema,
  PERMISSIONS,
  pageSchema,
  visitListItemSchema,
  visitListQuerySchema,
  visitSchema,
} from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../http/module-deps';
import { auditContextOf } from '../audit';
import { visitIdParamsSchema } from '../visit-records';
import { closeVisit, deferBalance } from './close-visit.service';
import { registerVisitGates } from './gates';
import { openVisit } from './open-visit.service';
import { listVisits, viewVisit } from './visit-read.service';

const tags = ['visits'];

/** Visits: open, list, detail, close and deferral. */
export const visitRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (app, deps) => {
  const { db, clock } = deps;
  registerVisitGates(app, db);

  app.post(
    '/visits',
    {
      config: { access: { roles: PERMISSIONS['visits.open'] } },
      schema: { tags, body: openVisitRequestSchema, response: { 201: visitSchema } },
    },
    async (request, reply) => {
      const visit = await openVisit(db, request.body, clock(), auditContextOf(request));
      return reply.code(201).send(visit);
    },
  );

  app.get(
    '/visits',
    {
      config: { access: { roles: PERMISSIONS['visits.read'] } },
      schema: { tags, querystring: visitListQuerySchema, response: { 200: pageSchema(visitListItemSchema) } },
    },
    async (request) => listVisits(db, request.query),
  );

  app.get(
    '/visits/:id',
    {
      config: { access: { roles: PERMISSIONS['visits.read'] } },
      schema: { tags, params: visitIdParamsSchema, response: { 200: visitSchema } },
    },
    async (request) => viewVisit(db, request.params.id, auditContextOf(request)),
  );

  app.post(
    '/visits/:id/close',
    {
      config: { access: { roles: PERMISSIONS['visits.close'], gates: ['visitOpen'] } },
      schema: { tags, params: visitIdParamsSchema, response: { 200: visitSchema } },
    },
    async (request) => closeVisit(db, request.params.id, clock(), auditContextOf(request)),
  );

  app.post(
    '/visits/:id/defer-balance',
    {
      config: { access: { roles: PERMISSIONS['visits.defer'], gates: ['visitOpen'] } },
      schema: {
        tags,
        params: visitIdParamsSchema,
        body: deferBalanceRequestSchema,
        response: { 200: visitSchema },
      },
    },
    async (request) =>
      deferBalance(db, request.params.id, request.body.reason, clock(), auditContextOf(request)),
  );
};
