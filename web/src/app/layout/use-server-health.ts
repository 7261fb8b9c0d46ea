import { useEffect, useState } from 'react';
import { api } from '../../lib/api';
import { useOnlineStatus } from '../../lib/use-online-status';

export type ServerHealth = 'checking' | 'ok' | 'unreachable' | 'offline';

const POLL_MS = 30_000;

/**
 * Liveness of the API server, re-checked periodically while the tab is visible, when it becomes
 * visible again and whenever the network comes back. The one server read outside TanStack Query:
 * it shows on the sign-in page, whose JavaScript does not include the query cache (spec:
 * WEB-BUNDLE-1), and it is not data anyone else reads, caches or invalidates.
 */
export function useServerHealth(): ServerHealth {
  const online = useOnlineStatus();
  // The last answer stays on screen while the next check runs.
  const [answer, setAnswer] = useState<'ok' | 'unreachable' | undefined>(undefined);

  useEffect(() => {
    if (!online) return;
    const controller = new AbortController();
    let inFlight = false;
    const check = async () => {
      if (inFlight || document.visibilityState === 'hidden') return;
      inFlight = true;
      try {
        const body = await api.get<{ status?: string } | null>('/api/health', controller.signal);
        if (!controller.signal.aborted) setAnswer(body?.status === 'ok' ? 'ok' : 'unreachable');
      } catch {
        // A failed check is the answer ("unreachable"); the next poll is the retry.
        if (!controller.signal.aborted) setAnswer('unreachable');
      } finally {
        inFlight = false;
      }
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void check();
    };
    void check();
    const timer = window.setInterval(check, POLL_MS);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      controller.abort();
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [online]);

  if (!online) return 'offline';
  return answer ?? 'checking';
}
