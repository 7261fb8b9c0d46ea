import { auditChainCheckSchema, auditEntrySchema, pageQuerySchema, pageSchema } from '@modern-emr/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config/config';
import type { Db } from '../../db/database';
import { auditContextOf, listAudit, recordAudit, verifyAuditChain } from './audit.service';

const filterSchema = pageQuerySchema.extend({
  actorId: z.uuid().optional(),
  patientId: z.uuid().optional(),
  visitId: z.uuid().optional(),
  /** An exact action, or a family with a trailing `*` (`auth.*`). */
  action: z.string().max(100).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
});

export const auditRoutes: FastifyPluginAsyncZod<{ db: Db; config: Config }> = async (app, { db, config }) => {
  app.get(
    '/audit-logs',
    {
      config: { access: { roles: ['ADMIN'] } },
      schema: { tags: ['audit'], querystring: filterSchema, response: { 200: pageSchema(auditEntrySchema) } },
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
      return {
        ...result,
        items: result.items.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
      };
    },
  );

  app.get(
    '/audit-logs/verify',
    {
      config: { access: { roles: ['ADMIN'] } },
      schema: {
        tags: ['audit'],
        response: {
          200: auditChainCheckSchema,
        },
      },
    },
    async (request) => {
      // spec: AUDIT-CHAIN-3 — the rows and the signed checkpoints outside the database.
      const result = await verifyAuditChain(db, { checkpointDir: config.auditCheckpointDir });
      await recordAudit(db, auditContextOf(request), {
        action: 'audit.verify',
        outcome: result.ok ? 'SUCCESS' : 'FAILURE',
        metadata: {
          checked: result.checked,
          firstBadId: result.ok ? null : (result.firstBadId ?? null),
          reason: result.ok ? null : result.reason,
        },
      });
      if (result.ok) {
        const { last: _last, ...totals } = result;
        return totals;
      }
      return result;
    },
  );
};
