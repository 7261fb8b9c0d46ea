import {
  endOfDayFinaliseRequestSchema,
  endOfDayQuerySchema,
  endOfDayReportSchema,
  PERMISSIONS,
  pageSchema,
  shiftCloseRequestSchema,
  shiftListQuerySchema,
  shiftOpenRequestSchema,
  shiftSchema,
} from '@modern-emr/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../http/app-error';
import type { ModuleDeps } from '../../http/module-deps';
import { auditContextOf } from '../audit';
import { finaliseEndOfDay, getEndOfDay } from './end-of-day.service';
import { closeShift, currentShift, listShifts, openShift } from './shifts.service';

const tags = ['till'];

/** Access control has already refused anonymous callers; this only narrows the type. */
function callerOf(request: FastifyRequest) {
  if (!request.principal) throw new AppError('NOT_AUTHENTICATED', 'Sign in to continue');
  return request.principal;
}

/** Till shifts (each cashier their own) and the end-of-day report. */
export const tillRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (app, { db, clock }) => {
  app.post(
    '/shifts/open',
    {
      config: { access: { roles: PERMISSIONS['till.operate'] } },
      schema: { tags, body: shiftOpenRequestSchema, response: { 201: shiftSchema } },
    },
    async (request, reply) => {
      const shift = await openShift(
        db,
        clock,
        callerOf(request).userId,
        request.body.openingFloat,
        auditContextOf(request),
      );
      return reply.code(201).send(shift);
    },
  );

  app.get(
    '/shifts/current',
    {
      config: { access: { roles: PERMISSIONS['till.operate'] } },
      schema: { tags, response: { 200: shiftSchema.nullable() } },
    },
    async (request) => currentShift(db, callerOf(request).userId),
  );

  app.post(
    '/shifts/close',
    {
      config: { access: { roles: PERMISSIONS['till.operate'] } },
      schema: { tags, body: shiftCloseRequestSchema, response: { 200: shiftSchema } },
    },
    async (request) => closeShift(db, clock, callerOf(request).userId, request.body, auditContextOf(request)),
  );

  app.get(
    '/shifts',
    {
      config: { access: { roles: [...PERMISSIONS['till.operate'], ...PERMISSIONS['till.review']] } },
      schema: { tags, querystring: shiftListQuerySchema, response: { 200: pageSchema(shiftSchema) } },
    },
    async (request) => listShifts(db, callerOf(request), request.query),
  );

  app.get(
    '/reports/end-of-day',
    {
      config: { access: { roles: PERMISSIONS['reports.read'] } },
      schema: { tags, querystring: endOfDayQuerySchema, response: { 200: endOfDayReportSchema } },
    },
    async (request) => getEndOfDay(db, clock, request.query.date),
  );

  app.post(
    '/reports/end-of-day/finalise',
    {
      config: { access: { roles: PERMISSIONS['reports.finalise'] } },
      schema: { tags, body: endOfDayFinaliseRequestSchema, response: { 201: endOfDayReportSchema } },
    },
    async (request, reply) => {
      const report = await finaliseEndOfDay(db, clock, request.body.date, auditContextOf(request));
      return reply.code(201).send(report);
    },
  );
};
