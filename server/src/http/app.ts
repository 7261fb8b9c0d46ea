import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { type Clock, systemClock } from '../clock';
import type { Config } from '../config/config';
import type { Database } from '../db/database';
import { auditRoutes } from '../modules/audit/audit.routes';
import { billingRoutes } from '../modules/billing/billing.routes';
import { onlinePaymentRoutes } from '../modules/billing/online-payments.routes';
import { catalogRoutes } from '../modules/catalog/catalog.routes';
import { consultationRoutes } from '../modules/consultation/consultation.routes';
import { documentRoutes } from '../modules/documents/documents.routes';
import { healthRoutes } from '../modules/health/health.routes';
import { hmoRoutes } from '../modules/hmo/hmo.routes';
import { authRoutes } from '../modules/identity/auth.routes';
import { createIdentity } from '../modules/identity/identity';
import { usersRoutes } from '../modules/identity/users.routes';
import { patientRecordRoutes } from '../modules/patients/patient-records.routes';
import { patientPortalRoutes } from '../modules/patients/patients.routes';
import { settingsRoutes } from '../modules/settings/settings.routes';
import { tillRoutes } from '../modules/till/till.routes';
import { visitRoutes } from '../modules/visits/visits.routes';
import { walletRoutes } from '../modules/wallet/wallet.routes';
import { DEFAULT_WEB_DIST } from '../paths';
import { type Authenticator, registerAccessControl } from './access';
import { registerErrorHandler } from './error-handler';
import { registerIdCase } from './id-case';
import { type LogStream, loggerOptions, OneLinePerRequest } from './logger';
import { requestId } from './request-id';
import { registerSecurity } from './security';
import { registerTextGuard } from './text-guard';
import { registerWebApp } from './web-app';

export interface AppDeps {
  config: Config;
  database: Database;
  /** Resolves the caller from the request; defaults to the identity module's JWT authenticator. */
  authenticate?: Authenticator;
  /** Time source for tokens, lockouts, rate limits and TOTP; tests move it forward. */
  clock?: Clock;
  /** Log destination instead of stdout. */
  logStream?: LogStream;
}

/** A hop count trusts that many proxies nearest the server (proxy-addr semantics). */
function trustProxyOption(value: Config['trustProxy']) {
  return typeof value === 'number' ? (_address: string, hop: number) => hop < value : value;
}

export async function buildApp({
  config,
  database,
  authenticate,
  clock = systemClock,
  logStream,
}: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config, logStream),
    genReqId: requestId,
    trustProxy: trustProxyOption(config.trustProxy),
    bodyLimit: config.bodyLimitBytes,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    logController: new OneLinePerRequest(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerErrorHandler(app);
  registerTextGuard(app);
  registerIdCase(app);
  await registerSecurity(app, config);
  const identity = createIdentity({ db: database.db, config, clock });
  registerAccessControl(app, authenticate ?? identity.authenticate);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Modern EMR API', version: '1' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: false });

  await app.register(healthRoutes, { prefix: '/api', database });
  await app.register(
    async (v1) => {
      await v1.register(settingsRoutes, { db: database.db });
      await v1.register(catalogRoutes, { db: database.db });
      await v1.register(auditRoutes, { db: database.db });
      await v1.register(authRoutes, { identity });
      await v1.register(usersRoutes, { identity });
      await v1.register(patientPortalRoutes, { db: database.db });
      const deps = { db: database.db, config, clock };
      await v1.register(patientRecordRoutes, deps);
      await v1.register(hmoRoutes, deps);
      await v1.register(visitRoutes, deps);
      await v1.register(consultationRoutes, deps);
      await v1.register(billingRoutes, deps);
      await v1.register(onlinePaymentRoutes, deps);
      await v1.register(walletRoutes, deps);
      await v1.register(tillRoutes, deps);
      await v1.register(documentRoutes, deps);
    },
    { prefix: '/api/v1' },
  );

  await registerWebApp(app, config.webDistDir ?? DEFAULT_WEB_DIST);
  return app;
}
