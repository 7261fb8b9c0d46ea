import {
  hmoProviderInputSchema,
  hmoProviderListQuerySchema,
  hmoProviderPatchSchema,
  hmoProviderSchema,
  hmoTariffListQuerySchema,
  hmoTariffSchema,
  PERMISSIONS,
  pageSchema,
  tariffPatchSchema,
  tariffPutSchema,
} from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../http/module-deps';
import { auditContextOf } from '../audit';
import { createHmoProvider, getHmoProvider, listHmoProviders, updateHmoProvider } from './hmo.service';
import { listHmoTariffs, patchHmoTariff, putHmoTariff } from './hmo-tariffs.service';

const tags = ['hmo'];
const providerParams = z.object({ id: z.uuid() });
const tariffParams = z.object({ id: z.uuid(), serviceId: z.uuid() });

/**
 * HMO providers and their tariffs: staff read them (choosing an HMO for a visit, reading a bill),
 * only an administrator changes them. No DELETE: retire with `active: false`.
 */
export const hmoRoutes: FastifyPluginAsyncZod<ModuleDeps> = async (app, { db }) => {
  app.get(
    '/hmo-providers',
    {
      config: { access: { roles: PERMISSIONS['hmo.read'] } },
      schema: {
        tags,
        querystring: hmoProviderListQuerySchema,
        response: { 200: pageSchema(hmoProviderSchema) },
      },
    },
    async (request) => listHmoProviders(db, request.query),
  );

  app.get(
    '/hmo-providers/:id',
    {
      config: { access: { roles: PERMISSIONS['hmo.read'] } },
      schema: { tags, params: providerParams, response: { 200: hmoProviderSchema } },
    },
    async (request) => getHmoProvider(db, request.params.id),
  );

  app.post(
    '/hmo-providers',
    {
      config: { access: { roles: PERMISSIONS['hmo.manage'] } },
      schema: { tags, body: hmoProviderInputSchema, response: { 201: hmoProviderSchema } },
    },
    async (request, reply) => {
      const provider = await createHmoProvider(db, request.body, auditContextOf(request));
      return reply.code(201).send(provider);
    },
  );

  app.patch(
    '/hmo-providers/:id',
    {
      config: { access: { roles: PERMISSIONS['hmo.manage'] } },
      schema: {
        tags,
        params: providerParams,
        body: hmoProviderPatchSchema,
        response: { 200: hmoProviderSchema },
      },
    },
    async (request) => updateHmoProvider(db, request.params.id, request.body, auditContextOf(request)),
  );

  app.get(
    '/hmo-providers/:id/tariffs',
    {
      config: { access: { roles: PERMISSIONS['hmo.read'] } },
      schema: {
        tags,
        params: providerParams,
        querystring: hmoTariffListQuerySchema,
        response: { 200: pageSchema(hmoTariffSchema) },
      },
    },
    async (request) => listHmoTariffs(db, request.params.id, request.query),
  );

  app.put(
    '/hmo-providers/:id/tariffs/:serviceId',
    {
      config: { access: { roles: PERMISSIONS['hmo.manage'] } },
      schema: {
        tags,
        params: tariffParams,
        body: tariffPutSchema,
        response: { 200: hmoTariffSchema, 201: hmoTariffSchema },
      },
    },
    async (request, reply) => {
      const { id, serviceId } = request.params;
      const { tariff, created } = await putHmoTariff(
        db,
        id,
        serviceId,
        request.body.price,
        auditContextOf(request),
      );
      return reply.code(created ? 201 : 200).send(tariff);
    },
  );

  app.patch(
    '/hmo-providers/:id/tariffs/:serviceId',
    {
      config: { access: { roles: PERMISSIONS['hmo.manage'] } },
      schema: { tags, params: tariffParams, body: tariffPatchSchema, response: { 200: hmoTariffSchema } },
    },
    async (request) =>
      patchHmoTariff(db, request.params.id, request.params.serviceId, request.body, auditContextOf(request)),
  );
};
