import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config';
import { sendError } from './error-handler';
import { isMaliciousTarget } from './path-guard';

export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** The same strict policy for the web app and the API: no inline script or style, no framing. */
export function contentSecurityPolicy(production: boolean): Record<string, string[]> {
  return {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    objectSrc: ["'none'"],
    ...(production ? { upgradeInsecureRequests: [] } : {}),
  };
}

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()';

export async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(config.isProduction) },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    // HSTS only when served over TLS in production; on plain-HTTP development it would pin localhost.
    strictTransportSecurity: config.isProduction
      ? { maxAge: 31_536_000, includeSubDomains: true, preload: true }
      : false,
    hidePoweredBy: true,
  });
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
  });

  // After the header hooks, so even this refusal carries them: refuse traversal and NUL bytes in path or query outright.
  app.addHook('onRequest', async (request, reply) => {
    if (isMaliciousTarget(request.raw.url ?? '/')) {
      return sendError(reply, 400, 'MALFORMED_PATH', 'The request path is not allowed');
    }
    if (!(ALLOWED_METHODS as readonly string[]).includes(request.method)) {
      reply.header('allow', ALLOWED_METHODS.join(', '));
      return sendError(reply, 405, 'METHOD_NOT_ALLOWED', `Method ${request.method} is not allowed`);
    }
  });

  await app.register(cors, {
    // No origins configured means no cross-origin access at all (same-origin web app only).
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    credentials: true,
    methods: [...ALLOWED_METHODS],
    allowedHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key', 'X-CSRF-Token', 'X-Request-Id'],
    exposedHeaders: ['X-Request-Id', 'Retry-After', 'RateLimit-Remaining', 'RateLimit-Reset'],
    maxAge: 600,
  });
}
