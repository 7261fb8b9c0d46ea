import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api';

/** How often a station's queue asks the server again while it is on screen. */
export const WORKLIST_POLL_MS = 15_000;

/**
 * The app's one cache of server reads. An answer counts as fresh for a few seconds (two views of
 * the same visit share one request); a view comes back to the window or a mutation invalidates
 * its key and it refetches. A refusal (4xx) is an answer, not a glitch: only network failures and
 * 5xx are retried, once.
 */
export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        refetchOnWindowFocus: true,
        retry: options.retry === false ? false : (count, error) => count < 1 && isTransient(error),
      },
      mutations: { retry: false },
    },
  });
}

function isTransient(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}
