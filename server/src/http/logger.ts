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

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  stack?: unknown;
  cause?: unknown;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** The error and the errors it wraps (drizzle wraps the driver's error as `cause`), outermost first. */
function errorChain(err: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  for (let e = err; e && typeof e === 'object' && chain.length < 5; e = (e as ErrorLike).cause) {
    chain.push(e as ErrorLike);
  }
  return chain;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

export interface ErrorSummary {
  [key: string]: unknown;
  type: string;
  /** Always "[redacted]": the field is kept so log readers expecting it find it. */
  message: string;
  stack: string;
  sqlState?: unknown;
  constraint?: string | undefined;
  table?: string | undefined;
  code?: string | undefined;
}

/**
 * What a log line may say about an error: its type(s), SQLSTATE, constraint and table, and the stack
 * frames. Never the message, the SQL, its parameters or the driver's detail: a failed query quotes the
 * row it was writing (names, phone numbers, notes, password hashes), and so does the message.
 */
// spec: LOG-PHI-1
export function errorSummary(err: unknown): ErrorSummary {
  const chain = errorChain(err);
  const database = chain.find((e) => typeof e.code === 'string' && SQLSTATE.test(e.code));
  const outer = chain[0];
  const frames = text(outer?.stack)
    ?.split('\n')
    .filter((line) => line.startsWith('    at '))
    .join('\n');
  return {
    type: chain.map((e) => text(e.name) ?? 'unknown').join(' < '),
    message: '[redacted]',
    ...(database
      ? { sqlState: database.code, constraint: text(database.constraint), table: text(database.table) }
      : { code: text(outer?.code) }),
    stack: frames ?? '',
  };
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
      // Any error logged under `err` (Fastify's own lines included) goes through the summary.
      err: errorSummary,
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
