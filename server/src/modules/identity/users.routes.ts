import {
  createUserBodySchema,
  mfaPolicyBodySchema,
  mfaPolicySchema,
  PERMISSIONS,
  pageQuerySchema,
  pageSchema,
  updateUserBodySchema,
  userListQuerySchema,
  userSchema,
} from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditContextOf } from '../audit';
import type { Identity } from './identity';
import { getMfaRequiredRoles, setMfaRequiredRoles } from './mfa-policy.service';
import { createUser, getUser, listUsers, updateUser } from './users.service';

const idParams = z.object({ id: z.uuid() });

/** Account administration. There is no DELETE: accounts are deactivated, never removed. */
export const usersRoutes: FastifyPluginAsyncZod<{ identity: Identity }> = async (app, { identity }) => {
  const access = { roles: PERMISSIONS['users.manage'] };

  app.get(
    '/users',
    {
      config: { access },
      schema: {
        tags: ['users'],
        querystring: pageQuerySchema.extend(userListQuerySchema.shape),
        response: { 200: pageSchema(userSchema) },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      return listUsers(identity, filter, { page, pageSize });
    },
  );

  app.post(
    '/users',
    {
      config: { access },
      schema: { tags: ['users'], body: createUserBodySchema, response: { 201: userSchema } },
    },
    async (request, reply) =>
      reply.code(201).send(await createUser(identity, request.body, auditContextOf(request))),
  );

  app.get(
    '/users/:id',
    { config: { access }, schema: { tags: ['users'], params: idParams, response: { 200: userSchema } } },
    async (request) => getUser(identity, request.params.id),
  );

  app.patch(
    '/users/:id',
    {
      config: { access },
      schema: {
        tags: ['users'],
        params: idParams,
        body: updateUserBodySchema,
        response: { 200: userSchema },
      },
    },
    async (request) => updateUser(identity, request.params.id, request.body, auditContextOf(request)),
  );

  const policyAccess = { roles: PERMISSIONS['mfaPolicy.manage'] };
  app.get(
    '/mfa-policy',
    { config: { access: policyAccess }, schema: { tags: ['users'], response: { 200: mfaPolicySchema } } },
    async () => ({ requiredRoles: await getMfaRequiredRoles(identity.db, identity.config.mfaRequiredRoles) }),
  );

  app.put(
    '/mfa-policy',
    {
      config: { access: policyAccess },
      schema: { tags: ['users'], body: mfaPolicyBodySchema, response: { 200: mfaPolicySchema } },
    },
    async (request) => ({
      requiredRoles: await setMfaRequiredRoles(
        identity.db,
        request.body.requiredRoles,
        identity.config.mfaRequiredRoles,
        auditContextOf(request),
      ),
    }),
  );
};
