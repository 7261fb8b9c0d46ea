import { PERMISSIONS, pageSchema, staffDirectoryQuerySchema, staffMemberSchema } from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../http/module-deps';
import { listDoctors } from './staff-directory.service';

/** The staff directory the desks pick colleagues from; account management stays at /users (ADMIN). */
export const staffRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (app, { db }) => {
  app.get(
    '/staff/doctors',
    {
      config: { access: { roles: PERMISSIONS['staff.directory'] } },
      schema: {
        tags: ['staff'],
        querystring: staffDirectoryQuerySchema,
        response: { 200: pageSchema(staffMemberSchema) },
      },
    },
    async (request) => listDoctors(db, request.query),
  );
};
