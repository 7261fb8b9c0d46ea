import type { FastifyReply } from 'fastify';
import { z } from 'zod';

/**
 * Documents the header in OpenAPI. Optional here because `idempotencyKeyOf` checks presence and
 * format itself, answering with its own code (400 IDEMPOTENCY_KEY_REQUIRED) rather than a generic one.
 */
export const idempotencyHeadersSchema = z.object({ 'idempotency-key': z.string().optional() });

/** Marks a stored first answer, so clients (and the till UI) can tell a retry was not a second payment. */
export function markReplay(reply: FastifyReply, replayed: boolean): void {
  if (replayed) reply.header('idempotent-replayed', 'true');
}
