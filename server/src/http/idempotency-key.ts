import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from './app-error';

/** Printable ASCII, as clients generate them (UUIDs, ULIDs, "pay-<n>"); long enough for any of those. */
const KEY_PATTERN = /^[\x21-\x7e]{8,255}$/;

/**
 * Documents the header in OpenAPI for routes that declare `idempotent: true`. Optional here because
 * `requireIdempotencyKey` checks presence and format itself, before the body is validated, and
 * answers with its own code (400 IDEMPOTENCY_KEY_REQUIRED) rather than a generic one.
 */
export const idempotencyKeyHeaderSchema = z.object({ 'idempotency-key': z.string().optional() });

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's `Idempotency-Key`, set on routes that declare `idempotent: true`; null elsewhere. */
    idempotencyKey: string | null;
  }
}

/**
 * The pre-validation step of a route that declares `idempotent: true` (spec: HTTP-IDEM-1): 400
 * IDEMPOTENCY_KEY_REQUIRED without the header, 400 BAD_REQUEST naming it when malformed. Runs
 * after authorisation and before the body is validated, so a client that forgot the key learns it
 * whatever else is wrong with the request.
 */
export async function requireIdempotencyKey(request: FastifyRequest): Promise<void> {
  const raw = request.headers['idempotency-key'];
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (key === undefined || key === '') {
    throw new AppError(
      'IDEMPOTENCY_KEY_REQUIRED',
      'This request moves money or stock: send an Idempotency-Key header',
    );
  }
  if (!KEY_PATTERN.test(key)) {
    throw new AppError('BAD_REQUEST', 'Idempotency-Key must be 8–255 printable characters', {
      path: 'headers.idempotency-key',
    });
  }
  request.idempotencyKey = key;
}
