import type { FastifyReply } from 'fastify';
import { z } from 'zod';

/**
 * Documents the header in OpenAPI (presence is checked by `idempotencyKeyOf`, with its own code).
 * Loose on purpose: Fastify replaces `request.headers` with the parsed value, and the audit row
 * still needs the others (user agent).
 */
export const idempotencyHeadersSchema = z.looseObject({ 'idempotency-key': z.string().optional() });

/** Marks a stored first answer, so clients (and the till UI) can tell a retry was not a second payment. */
export function markReplay(reply: FastifyReply, replayed: boolean): void {
  if (replayed) reply.header('idempotent-replayed', 'true');
}
