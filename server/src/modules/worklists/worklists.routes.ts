import {
  doctorWorklistQuerySchema,
  PERMISSIONS,
  pageQuerySchema,
  pageSchema,
  visitListItemSchema,
} from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../http/module-deps';
import { cashierWorklist, doctorWorklist, receptionWorklist } from './worklists.service';

const tags = ['worklists'];
const response = { 200: pageSchema(visitListItemSchema) };

/** Each station's queue of visits, computed by the server and paginated (api.md `/worklists/:station`). */
export const worklistRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (app, { db, clock }) => {
  app.get(
    '/worklists/reception',
    {
      config: { access: { roles: PERMISSIONS['worklists.reception'] } },
      schema: { tags, querystring: pageQuerySchema, response },
    },
    async (request) => receptionWorklist(db, clock(), request.query),
  );

  app.get(
    '/worklists/cashier',
    {
      config: { access: { roles: PERMISSIONS['worklists.cashier'] } },
      schema: { tags, querystring: pageQuerySchema, response },
    },
    async (request) => cashierWorklist(db, request.query),
  );

  app.get(
    '/worklists/doctor',
    {
      config: { access: { roles: PERMISSIONS['worklists.doctor'] } },
      schema: { tags, querystring: doctorWorklistQuerySchema, response },
    },
    async (request) => {
      const doctorId = request.principal?.userId;
      if (!doctorId) throw new Error('the access layer lets only signed-in doctors here');
      return doctorWorklist(db, request.query, doctorId);
    },
  );
};
