import type { Server } from 'node:http';
import type { FastifyHttpOptions } from 'fastify';
import type { HttpTimeouts } from '../config/config';

/** Node looks for overdue requests every 30 s by default: a 30 s limit could then run to 60 s. */
const MAX_CHECK_INTERVAL_MS = 30_000;
const MIN_CHECK_INTERVAL_MS = 250;

// spec: HTTP-TIMEOUT-1
/**
 * Limits on a client that sends slowly, so a handful of connections dribbling a body a byte at a
 * time cannot hold the server's sockets (Fastify's own default has no whole-request limit). A
 * request not fully received in time is answered 408 and its connection closed; so is one whose
 * headers are late. Behind nginx these rarely fire (nginx buffers the body first), but
 * `npm start` on a clinic's LAN has no proxy in front.
 */
export function serverTimeoutOptions(
  t: HttpTimeouts,
): Pick<FastifyHttpOptions<Server>, 'requestTimeout' | 'connectionTimeout' | 'keepAliveTimeout' | 'http'> {
  const requestMs = t.requestSeconds * 1000;
  const headersMs = t.headersSeconds * 1000;
  // Checking four times per limit keeps a request's overrun under a quarter of its limit.
  const checkMs = Math.min(MAX_CHECK_INTERVAL_MS, Math.max(MIN_CHECK_INTERVAL_MS, headersMs / 4));
  return {
    requestTimeout: requestMs,
    connectionTimeout: t.connectionSeconds * 1000,
    keepAliveTimeout: t.keepAliveSeconds * 1000,
    http: { requestTimeout: requestMs, headersTimeout: headersMs, connectionsCheckingInterval: checkMs },
  };
}
