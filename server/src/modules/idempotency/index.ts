/**
 * The idempotency module's door: what other modules, http/, seed/ and cli/ may use. Replay of money
 * requests sent twice with one Idempotency-Key.
 */

export { runIdempotent } from './idempotency.service';
