import { apiRequest } from '../../lib/api';

/**
 * A POST that moves money. The server stores the key with the result in the same transaction, so a
 * retry with the same key and body returns the first answer instead of posting twice; the caller
 * keeps one key per attempt (see `use-money-dialog.ts`).
 */
export function postIdempotent<T>(path: string, idempotencyKey: string, body: unknown): Promise<T> {
  return apiRequest<T>(path, { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } });
}
