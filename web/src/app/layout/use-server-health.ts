import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';
import { useOnlineStatus } from '../../lib/use-online-status';

export type ServerHealth = 'checking' | 'ok' | 'unreachable' | 'offline';

const POLL_MS = 30_000;

/** Liveness of the API server, re-checked periodically and whenever the network comes back. */
export function useServerHealth(): ServerHealth {
  const online = useOnlineStatus();
  const query = useQuery({
    queryKey: queryKeys.health,
    queryFn: ({ signal }) => api.get<{ status?: string }>('/api/health', signal),
    enabled: online,
    refetchInterval: POLL_MS,
    // A failed check is the answer ("unreachable"); the next poll is the retry.
    retry: false,
  });
  if (!online) return 'offline';
  if (query.isError) return 'unreachable';
  if (query.data === undefined) return 'checking';
  return query.data?.status === 'ok' ? 'ok' : 'unreachable';
}
