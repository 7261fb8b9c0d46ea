import { type FastifyReply, type FastifyRequest, type FastifyServerOptions, LogController } from 'fastify';
import type { Config } from '../config/config';

/**
 * Paths pino blanks in every log line. Bodies are never logged by default; these catch the
 * objects services log on purpose and the headers Fastify logs itself.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.totp',
  '*.recoveryCode',
  '*.secret',
  '*.nationalId',
  '*.phone',
  '*.email',
  '*.firstName',
  '*.lastName',
  '*.middleName',
  '*.dateOfBirth',
  '*.policyNumber',
];

/** Query strings carry search terms (names, phone numbers): log the path only. */
export function pathOnly(url: string | undefined): string {
  if (!url) return '/';
  const q = url.indexOf('?');
  return q === -1 ? url : `${url.slice(0, q)}?[redacted]`;
}

/** Where log lines go instead of stdout; tests read them. */
export interface LogStream {
  write(line: string): void;
}

export function loggerOptions(config: Config, stream?: LogStream): FastifyServerOptions['logger'] {
  if (config.logLevel === 'silent') return false;
  return {
    ...(stream ? { stream } : {}),
    level: config.logLevel,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url?: string; ip?: string; id?: string }) => ({
        id: req.id,
        method: req.method,
        url: pathOnly(req.url),
        ip: req.ip,
      }),
    },
  };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The level of the route's "request completed" line. A route's own `logLevel` cannot do this:
     * it is a threshold, so `debug` there lets more through, not less.
     */
    requestLogLevel?: 'debug';
  }
}

/**
 * The one line each request leaves, when it completes: method, path (query redacted), status and
 * time. Fastify's default pair of lines per request cost a twentieth of the server's CPU in the
 * search benchmark; its other lines (errors, unknown routes) are kept.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const entry = { req: request, res: { statusCode: reply.statusCode }, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...entry, err: error }, 'request errored');
    else reply.log[request.routeOptions.config?.requestLogLevel ?? 'info'](entry, 'request completed');
  }
}
