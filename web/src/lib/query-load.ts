import type { UseQueryResult } from '@tanstack/react-query';
import { ApiError, errorMessage } from './api';

/** One record as a screen shows it: loading, not there, failed (with the words to show), or ready. */
export type RecordLoad<T> =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed'; message: string }
  | ({ status: 'ready' } & T);

/**
 * A record query as the screen's state. A 404 or a malformed id in the address is "missing"
 * (the page says so), any other failure "failed"; a record already shown stays while it refetches.
 */
export function recordLoad<R, T>(
  query: UseQueryResult<R>,
  ready: (record: R) => T,
  failureText: string,
): RecordLoad<T> {
  if (query.data !== undefined) return { status: 'ready', ...ready(query.data) };
  if (query.error) {
    const { error } = query;
    if (error instanceof ApiError && (error.status === 404 || error.code === 'VALIDATION_FAILED'))
      return { status: 'missing' };
    return { status: 'failed', message: errorMessage(error, failureText) };
  }
  return { status: 'loading' };
}
