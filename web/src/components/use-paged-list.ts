import type { Page } from '@modern-emr/domain';
import { hashKey, keepPreviousData, type QueryKey, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../lib/api';
import { WORKLIST_POLL_MS } from '../lib/query-client';

export interface PagedList<T, R = Page<T>> {
  data: Page<T> | null;
  /** The whole answer of the current page, for lists that come with more (a wallet's balance). */
  answer: R | null;
  error: string | null;
  /**
   * The user is waiting on a new answer while the old page stays on screen: another page, or
   * Refresh. The background refetches (poll, window focus, invalidation) do not count, so the
   * list does not announce "updating" every 15 seconds.
   */
  refreshing: boolean;
  page: number;
  setPage: (page: number) => void;
  reload: () => Promise<void>;
  /** Applies a change the server already confirmed (an edited row) without reloading. */
  update: (change: (page: Page<T>) => Page<T>) => void;
}

export interface PagedListOptions<T, R> {
  /** The cache key of one page; a change of anything but the page goes back to page 1. */
  queryKey: (page: number) => QueryKey;
  fetchPage: (page: number, signal: AbortSignal) => Promise<R>;
  failureText: string;
  /** The list inside the answer, when the answer is more than a page. */
  pageOf?: (answer: R) => Page<T>;
  /** A station's queue: asked again every WORKLIST_POLL_MS while on screen. */
  poll?: boolean;
}

// Without `pageOf` the answer is the page itself: the first overload only allows R = Page<T>.
const asPage = <T, R>(answer: R) => answer as unknown as Page<T>;

/**
 * One page of a server list through the app's query cache: the previous page stays on screen
 * while the next loads, an answer to an abandoned request is dropped (its signal is aborted), and
 * a mutation anywhere that invalidates the key refreshes the list.
 */
export function usePagedList<T>(options: PagedListOptions<T, Page<T>>): PagedList<T>;
export function usePagedList<T, R>(
  options: PagedListOptions<T, R> & { pageOf: (answer: R) => Page<T> },
): PagedList<T, R>;
export function usePagedList<T, R>({
  queryKey,
  fetchPage,
  failureText,
  pageOf = asPage,
  poll = false,
}: PagedListOptions<T, R>): PagedList<T, R> {
  const client = useQueryClient();
  const [page, setPage] = useState(1);
  const filterKey = hashKey(queryKey(1));
  const lastFilterKey = useRef(filterKey);
  const filtersChanged = lastFilterKey.current !== filterKey;
  // The first render after a filter change already asks for page 1, not the old page of new filters.
  const shownPage = filtersChanged ? 1 : page;
  useEffect(() => {
    if (lastFilterKey.current === filterKey) return;
    lastFilterKey.current = filterKey;
    setPage(1);
  }, [filterKey]);

  const key = queryKey(shownPage);
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => fetchPage(shownPage, signal),
    placeholderData: keepPreviousData,
    refetchInterval: poll ? WORKLIST_POLL_MS : false,
  });

  const update = (change: (current: Page<T>) => Page<T>) =>
    client.setQueryData<R>(key, (answer) =>
      answer === undefined ? answer : replacePage(answer, pageOf, change),
    );

  const [reloading, setReloading] = useState(false);
  const answer = query.data ?? null;
  return {
    data: answer === null ? null : pageOf(answer),
    answer,
    error: query.error ? errorMessage(query.error, failureText) : null,
    refreshing: answer !== null && (query.isPlaceholderData || reloading),
    page: shownPage,
    setPage,
    reload: async () => {
      setReloading(true);
      try {
        await query.refetch();
      } finally {
        setReloading(false);
      }
    },
    update,
  };
}

/** The answer with its page changed; only plain page answers can be edited in place. */
function replacePage<T, R>(answer: R, pageOf: (answer: R) => Page<T>, change: (page: Page<T>) => Page<T>): R {
  if (pageOf !== asPage) return answer;
  return change(pageOf(answer)) as unknown as R;
}
