import { pageQuerySchema, pageSchema, roleSchema } from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database';
import { auditContextOf, listAudit, recordAudit, verifyAuditChain } from './audit.service';

const auditRowSchema = z.object({
  id: z.number().int(),
  createdAt: z.date(),
  actorId: z.string().nullable(),
  actorRoles: z.array(roleSchema.or(z.string())),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  patientId: z.string().nullable(),
  visitId: z.string().nullable(),
  outcome: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()),
  hash: z.string(),
});

const filterSchema = pageQuerySchema.extend({
  actorId: z.uuid().optional(),
  patientId: z.uuid().optional(),
  visitId: z.uuid().optional(),
  /** An exact action, or a family with a trailing `*` (`auth.*`). */
  action: z.string().max(100).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
});

export const auditRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/audit-logs',
    {
      config: { access: { roles: ['ADMIN'] } },
      schema: { tags: ['audit'], querystring: filterSchema, response: { 200: pageSchema(auditRowSchema) } },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const result = await listAudit(db, filter, { page, pageSize });
      // Reading the audit log is itself sensitive; the filter names ids only, never PHI.
      await recordAudit(db, auditContextOf(request), {
        action: 'audit.list',
        metadata: {
          filters: Object.keys(filter).filter((k) => filter[k as keyof typeof filter] !== undefined),
        },
      });
      return result;
    },
  );

  app.get(
    '/audit-logs/verify',
    {
      config: { access: { roles: ['ADMIN'] } },
      schema: {
        tags: ['audit'],
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number().int(),
            firstBadId: z.number().int().optional(),
          }),
        },
      },
    },
    async (request) => {
      const result = await verifyAuditChain(db);
      await recordAudit(db, auditContextOf(request), {
        action: 'audit.verify',
        outcome: result.ok ? 'SUCCESS' : 'FAILURE',
        metadata: { checked: result.checked, firstBadId: result.ok ? null : result.firstBadId },
      });
      return result;
    },
  );
};
