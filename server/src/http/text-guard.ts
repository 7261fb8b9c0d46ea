import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from '@modern-emr/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './app-error';

/** The parts of a request that reach the database, named as validation errors name them. */
const PARTS = [
  ['params', (r: FastifyRequest) => r.params],
  ['querystring', (r: FastifyRequest) => r.query],
  ['body', (r: FastifyRequest) => r.body],
] as const;

/** The 400 for a request part holding text that cannot be stored, or undefined when all of it can. */
export function unstorableTextRefusal(part: string, value: unknown): AppError | undefined {
  const at = findUnstorableText(value);
  if (!at) return undefined;
  return new AppError('VALIDATION_FAILED', 'The request is invalid', [
    { path: [part, ...at].join('.'), message: UNSTORABLE_TEXT_MESSAGE },
  ]);
}

/**
 * One check in front of every route's validation: a string PostgreSQL cannot store (a NUL byte, a
 * lone surrogate) anywhere in the params, query or JSON body is a 400 naming its field, the same
 * shape as any other validation failure, instead of a failed statement and a 500.
 */
// spec: INPUT-1
export function registerTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [part, read] of PARTS) {
      const refusal = unstorableTextRefusal(part, read(request));
      if (refusal) throw refusal;
    }
  });
}
