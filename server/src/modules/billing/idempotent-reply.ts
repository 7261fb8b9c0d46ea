import type { FastifyReply } from 'fastify';

/** Marks a stored first answer, so clients (and the till UI) can tell a retry was not a second payment. */
export function markReplay(reply: FastifyReply, replayed: boolean): void {
  if (replayed) reply.header('idempotent-replayed', 'true');
}
