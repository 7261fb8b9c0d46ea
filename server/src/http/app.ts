import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyInstance,
  type FastifyPluginAsync,
  type FastifyPluginOptions,
  type FastifyTypeProvider,
  type RawServerDefault,
} from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { type Clock, systemClock } from '../clock';
import type { Config } from '../config/config';
import type { Database } from '../db/database';
import { auditRoutes, scheduleAuditCheckpoints, useAuditKeys } from '../modules/audit';
import {
  chargeRoutes,
  onlinePaymentRoutes,
  onlinePaymentWebhookRoutes,
  paymentRoutes,
  refundRoutes,
} from '../modules/billing';
import { catalogRoutes, catalogTransferRoutes } from '../modules/catalog';
import { consultationRoutes } from '../modules/consultation';
import { documentRoutes } from '../modules/documents';
import { healthRoutes } from '../modules/health';
import { hmoRoutes } from '../modules/hmo';
import { authRoutes, createIdentity, type Identity, usersRoutes } from '../modules/identity';
import {
  hmoEnrolmentRoutes,
  patientPortalRoutes,
  patientRecordRoutes,
  registerPortalPatient,
} from '../modules/patients';
import { settingsRoutes } from '../modules/settings';
import { staffRoutes } from '../modules/staff';
import { tillRoutes } from '../modules/till';
import { visitInsuranceRoutes, visitRoutes } from '../modules/visits';
import { walletRoutes } from '../modules/wallet';
import { worklistRoutes } from '../modules/worklists';
import { DEFAULT_WEB_DIST } from '../paths';
import { type Authenticator, registerAccessControl } from './access';
import { registerErrorHandler } from './error-handler';
import { registerIdCase } from './id-case';
import { type LogStream, loggerOptions, OneLinePerRequest } from './logger';
import type { ModuleDeps } from './module-deps';
import { requestId } from './request-id';
import { registerSecurity } from './security';
import { serverTimeoutOptions } from './server-timeouts';
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

/** One route plugin and its options, checked against each other when the entry is written. */
interface RouteEntry {
  register(app: FastifyInstance): Promise<unknown>;
}

function route<O extends FastifyPluginOptions>(
  plugin: FastifyPluginAsync<O, RawServerDefault, FastifyTypeProvider>,
  options: O & { prefix: string },
): RouteEntry {
  return { register: async (app) => app.register(plugin, options) };
}

/**
 * Every route plugin of the API, registered from this one list (no plugin registers another).
 * A plugin that adds its own body parser keeps it to itself: each entry is its own encapsulated
 * context. The order is the order of the OpenAPI document.
 */
// spec: ARCH-ROUTE-1
function apiRoutes(database: Database, identity: Identity, deps: ModuleDeps): RouteEntry[] {
  const v1 = '/api/v1';
  const db = database.db;
  return [
    route(healthRoutes, { prefix: '/api', database }),
    route(settingsRoutes, { prefix: v1, db }),
    route(catalogRoutes, { prefix: v1, db }),
    route(catalogTransferRoutes, { prefix: v1, db }),
    route(auditRoutes, { prefix: v1, db, config: deps.config }),
    route(authRoutes, {
      prefix: v1,
      identity,
      registerPatient: (body, ctx) => registerPortalPatient(identity, body, ctx),
    }),
    route(usersRoutes, { prefix: v1, identity }),
    route(patientPortalRoutes, { prefix: v1, db }),
    route(patientRecordRoutes, { prefix: v1, ...deps }),
    route(hmoEnrolmentRoutes, { prefix: v1, ...deps }),
    route(hmoRoutes, { prefix: v1, ...deps }),
    route(visitRoutes, { prefix: v1, ...deps }),
    route(visitInsuranceRoutes, { prefix: v1, ...deps }),
    route(worklistRoutes, { prefix: v1, ...deps }),
    // The doctors to assign when opening a visit.
    route(staffRoutes, { prefix: v1, ...deps }),
    route(consultationRoutes, { prefix: v1, ...deps }),
    route(chargeRoutes, { prefix: v1, ...deps }),
    route(paymentRoutes, { prefix: v1, ...deps }),
    route(refundRoutes, { prefix: v1, ...deps }),
    route(onlinePaymentRoutes, { prefix: v1, ...deps }),
    route(onlinePaymentWebhookRoutes, { prefix: v1, ...deps }),
    route(walletRoutes, { prefix: v1, ...deps }),
    route(tillRoutes, { prefix: v1, ...deps }),
    route(documentRoutes, { prefix: v1, ...deps }),
  ];
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
    ...serverTimeoutOptions(config.httpTimeouts),
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
  useAuditKeys(config.secretKey);
  scheduleAuditCheckpoints(app, { db: database.db, checkpointDir: config.auditCheckpointDir, clock });
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

  for (const entry of apiRoutes(database, identity, { db: database.db, config, clock })) {
    await entry.register(app);
  }

  await registerWebApp(app, config.webDistDir ?? DEFAULT_WEB_DIST);
  return app;
}
