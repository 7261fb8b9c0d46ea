import type { FastifyInstance } from 'fastify';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Every identifier the API takes is named `id`, `…Id` or `…Ids` (`nationalId` is never UUID-shaped). */
const ID_KEY = /^id$|Ids?$/;

function lowerIds(value: unknown, isId: boolean): unknown {
  if (typeof value === 'string') return isId && UUID.test(value) ? value.toLowerCase() : value;
  if (Array.isArray(value)) return value.map((item) => lowerIds(item, isId));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) out[key] = lowerIds(child, ID_KEY.test(key));
    return out;
  }
  return value;
}

/**
 * UUIDs are case-insensitive (RFC 9562) and PostgreSQL stores them in lower case, but the services
 * compare ids as strings (a charge of the visit, the payment of a refund) and hash them into the audit
 * chain. So every id is lower-cased before validation: the `id`/`…Id`/`…Ids` fields of the path
 * parameters, the query and the JSON body.
 */
// spec: INPUT-2
export function registerIdCase(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (request.params && typeof request.params === 'object')
      request.params = lowerIds(request.params, false);
    if (request.query && typeof request.query === 'object') request.query = lowerIds(request.query, false);
    if (request.body && typeof request.body === 'object' && !Buffer.isBuffer(request.body)) {
      request.body = lowerIds(request.body, false);
    }
  });
}
