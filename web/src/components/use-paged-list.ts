import type { Page } from '@modern-emr/domain';
import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../lib/api';

export interface PagedList<T> {
  data: Page<T> | null;
  error: string | null;
  /** A request is on its way (the first page or a later one). */
  loading: boolean;
  page: number;
  setPage: (page: number) => void;
  reload: () => Promise<void>;
  /** Applies a change the server already confirmed (an edited row) without reloading. */
  update: (change: (page: Page<T>) => Page<T>) => void;
}

/**
 * Loads one page of a list and reloads when the page or `filters` change; a change of filters
 * goes back to page 1. Answers that arrive after a newer request started are dropped, so a fast
 * typist never sees results for an older query.
 */
export function usePagedList<T>(
  fetchPage: (page: number, signal: AbortSignal) => Promise<Page<T>>,
  filters: DependencyList,
  failureText: string,
): PagedList<T> {
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<T> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const latest = useRef<AbortController | null>(null);

  const load = useCallback(
    async (target: number) => {
      latest.current?.abort();
      const controller = new AbortController();
      latest.current = controller;
      setLoading(true);
      setError(null);
      try {
        const result = await fetchRef.current(target, controller.signal);
        if (controller.signal.aborted) return;
        setData(result);
      } catch (cause) {
        if (controller.signal.aborted) return;
        setError(errorMessage(cause, failureText));
      } finally {
        if (!controller.signal.aborted) setLoading(false);
      }
    },
    [failureText],
  );

  const filterKey = JSON.stringify(filters);
  const lastFilterKey = useRef(filterKey);
  useEffect(() => {
    if (lastFilterKey.current !== filterKey) {
      lastFilterKey.current = filterKey;
      if (page !== 1) {
        setPage(1);
        return;
      }
    }
    void load(page);
  }, [filterKey, page, load]);

  useEffect(() => () => latest.current?.abort(), []);

  const update = useCallback((change: (current: Page<T>) => Page<T>) => {
    setData((current) => (current ? change(current) : current));
  }, []);

  return { data, error, loading, page, setPage, reload: () => load(page), update };
}
