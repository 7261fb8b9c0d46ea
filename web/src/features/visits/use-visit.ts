import type { Visit } from '@modern-emr/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { queryKeys } from '../../lib/query-keys';
import { type RecordLoad, recordLoad } from '../../lib/query-load';
import { getVisit } from './visits-api';

export type VisitLoad = RecordLoad<{ visit: Visit }>;

/** The visit through the cache, shared by every view of it (the bill, the consultation). */
export function useVisitQuery(id: string) {
  return useQuery({
    queryKey: queryKeys.visit(id),
    queryFn: ({ signal }) => getVisit(id, signal),
  });
}

/** The visit, kept on screen while a reload ("Check again") is on its way. */
export function useVisit(id: string) {
  const client = useQueryClient();
  const query = useVisitQuery(id);
  const reload = useCallback(() => void query.refetch(), [query.refetch]);
  /** The server's answer to a change of this visit, shown without asking again. */
  const replace = useCallback(
    (visit: Visit) => client.setQueryData(queryKeys.visit(id), visit),
    [client, id],
  );
  return {
    state: recordLoad(query, (visit) => ({ visit }), 'The visit could not be loaded.') as VisitLoad,
    reload,
    reloading: query.isFetching,
    replace,
  };
}
