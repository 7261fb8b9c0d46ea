import { useEffect, useState } from 'react';
import { api } from '../../lib/api';
import { useOnlineStatus } from '../../lib/use-online-status';

export type ServerHealth = 'checking' | 'ok' | 'unreachable' | 'offline';

const POLL_MS = 30_000;

/** Liveness of the API server, re-checked periodically and whenever the network comes back. */
export function useServerHealth(): ServerHealth {
  const online = useOnlineStatus();
  const [health, setHealth] = useState<ServerHealth>('checking');

  useEffect(() => {
    if (!online) return;
    let inFlight: AbortController | null = null;
    const check = async () => {
      inFlight?.abort();
      const controller = new AbortController();
      inFlight = controller;
      try {
        const body = await api.get<{ status?: string }>('/api/health', controller.signal);
        if (!controller.signal.aborted) setHealth(body?.status === 'ok' ? 'ok' : 'unreachable');
      } catch {
        if (!controller.signal.aborted) setHealth('unreachable');
      }
    };
    void check();
    const timer = window.setInterval(check, POLL_MS);
    return () => {
      window.clearInterval(timer);
      inFlight?.abort();
    };
  }, [online]);

  return online ? health : 'offline';
}
