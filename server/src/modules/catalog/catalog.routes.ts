import { catalogItemInputSchema, PERMISSIONS, pageSchema } from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database';
import { auditContextOf } from '../audit';
import { createCatalogItem, getCatalogItem, listCatalog, updateCatalogItem } from './catalog.service';
import {
  catalogIdParamsSchema,
  catalogItemPatchSchema,
  catalogItemSchema,
  catalogListQuerySchema,
} from './catalog.types';

const tags = ['catalog'];

/**
 * The service catalogue: every staff member reads it (ordering, charging, worklists); only an
 * administrator changes it. No DELETE route on purpose: charges reference entries forever, so a
 * retired service is PATCHed to `active: false`.
 */
export const catalogRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/service-catalog',
    {
      config: { access: { roles: PERMISSIONS['catalog.read'] } },
      schema: { tags, querystring: catalogListQuerySchema, response: { 200: pageSchema(catalogItemSchema) } },
    },
    async (request) => listCatalog(db, request.query),
  );

  app.get(
    '/service-catalog/:id',
    {
      config: { access: { roles: PERMISSIONS['catalog.read'] } },
      schema: { tags, params: catalogIdParamsSchema, response: { 200: catalogItemSchema } },
    },
    async (request) => getCatalogItem(db, request.params.id),
  );

  app.post(
    '/service-catalog',
    {
      config: { access: { roles: PERMISSIONS['catalog.manage'] } },
      schema: { tags, body: catalogItemInputSchema, response: { 201: catalogItemSchema } },
    },
    async (request, reply) => {
      const item = await createCatalogItem(db, request.body, auditContextOf(request));
      return reply.code(201).send(item);
    },
  );

  app.patch(
    '/service-catalog/:id',
    {
      config: { access: { roles: PERMISSIONS['catalog.manage'] } },
      schema: {
        tags,
        params: catalogIdParamsSchema,
        body: catalogItemPatchSchema,
        response: { 200: catalogItemSchema },
      },
    },
    async (request) => updateCatalogItem(db, request.params.id, request.body, auditContextOf(request)),
  );
};
