import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/database';
import { sendError } from '../../http/error-handler';

/**
 * Liveness and readiness for load balancers and orchestrators. Neither says which database,
 * version or host is behind it: a probe only needs the status code.
 */
export const healthRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  app.get(
    '/health',
    {
      // Probes ask every few seconds: their lines go to debug, not among the clinic's requests.
      config: { access: { public: true }, requestLogLevel: 'debug' },
      schema: { tags: ['health'], response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/health/ready',
    {
      // A failing probe still warns below (database unreachable, migrations pending).
      config: { access: { public: true }, requestLogLevel: 'debug' },
      schema: { tags: ['health'], response: { 200: z.object({ status: z.literal('ready') }) } },
    },
    async (request, reply) => {
      try {
        await database.ping(2000);
        const state = await database.migrationState();
        if (state.current) return { status: 'ready' as const };
        request.log.warn({ applied: state.applied, available: state.available }, 'migrations pending');
      } catch (err) {
        request.log.warn({ errType: (err as Error).name }, 'database unreachable');
      }
      return sendError(reply, 503, 'SERVICE_UNAVAILABLE', 'Not ready');
    },
  );
};
