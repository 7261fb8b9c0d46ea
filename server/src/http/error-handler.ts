import { type ErrorBody, InvalidTransitionError } from '@modern-emr/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { sqlStateOf } from '../db/sql-state';
import { AppError } from './app-error';
import { errorSummary } from './logger';

export function sendError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  details?: unknown,
) {
  const body: ErrorBody = { error: { code, message, ...(details === undefined ? {} : { details }) } };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** Fastify's own client errors, by their codes, mapped to ours. */
const FASTIFY_CLIENT_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE', 'The request body is too large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    'BAD_REQUEST',
    'The Content-Length header does not match the body',
  ],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'BAD_REQUEST', 'The JSON body is empty'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'BAD_REQUEST', 'The body is not valid JSON'],
};

/** PostgreSQL errors a client can cause; everything else is ours and answers 500. */
const PG_CLIENT_ERRORS: Record<string, [number, string, string]> = {
  '23505': [409, 'CONFLICT', 'That record already exists'],
  '23503': [409, 'CONFLICT', 'A record it refers to does not exist or is still referenced'],
  '23514': [409, 'CONFLICT', 'The change breaks a rule of the record'],
  // Raised by our own triggers (migration 0004): closed visits and immutable records.
  EM001: [409, 'VISIT_CLOSED', 'The visit is closed; its record cannot change'],
  EM002: [409, 'IMMUTABLE_RECORD', 'This record cannot be changed or deleted'],
  '22P02': [400, 'BAD_REQUEST', 'A value has the wrong format'],
  '40001': [409, 'CONFLICT', 'A concurrent change got there first; try again'],
  '40P01': [409, 'CONFLICT', 'A concurrent change got there first; try again'],
};

// spec: ERR-1, ERR-2
/**
 * One error handler for every failure: the body is always `{ error: { code, message, details } }`,
 * and nothing internal (stack, SQL, driver text, which may quote patient data) reaches the client or the log.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof AppError) {
      if (err.headers) reply.headers(err.headers);
      return sendError(reply, err.status, err.code, err.message, err.details);
    }
    // The domain's state machines refuse with their own error; it is always the caller's conflict.
    if (err instanceof InvalidTransitionError) {
      return sendError(reply, 409, err.code, err.message, err.details);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        path: [err.validationContext, ...v.instancePath.split('/').filter(Boolean)].filter(Boolean).join('.'),
        message: v.message ?? 'is invalid',
      }));
      return sendError(reply, 400, 'VALIDATION_FAILED', 'The request is invalid', details);
    }
    const known = err.code ? FASTIFY_CLIENT_ERRORS[err.code] : undefined;
    if (known) return sendError(reply, ...known);
    const sqlState = sqlStateOf(err);
    const pgKnown = sqlState ? PG_CLIENT_ERRORS[sqlState] : undefined;
    if (pgKnown) {
      const { constraint, table } = errorSummary(err);
      request.log.warn({ sqlState, constraint, table }, 'database refused a change');
      return sendError(reply, ...pgKnown);
    }
    if (err.statusCode === 429) {
      return sendError(reply, 429, 'RATE_LIMITED', 'Too many requests; try again later');
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return sendError(reply, err.statusCode, 'BAD_REQUEST', 'The request could not be processed');
    }
    if (isResponseSerializationError(err)) {
      request.log.error(
        { issues: err.cause.issues.map((i) => i.path.join('.')) },
        'response did not match its schema',
      );
    } else {
      // Never the error itself: its message and drizzle's `query`/`params` quote the row.
      request.log.error({ error: errorSummary(err) }, 'unhandled error');
    }
    return sendError(reply, 500, 'INTERNAL_ERROR', 'Something went wrong on our side', {
      requestId: request.id,
    });
  });
}
