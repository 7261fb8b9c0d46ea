import type { Visit } from '@modern-emr/domain';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../../lib/api';
import { getVisit } from './visits-api';

export type VisitLoad =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; visit: Visit };

/** The visit, kept on screen while a reload ("Check again") is on its way. */
export function useVisit(id: string) {
  const [state, setState] = useState<VisitLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [reloading, setReloading] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reload trigger
  useEffect(() => {
    const controller = new AbortController();
    setReloading(true);
    getVisit(id, controller.signal)
      .then(
        (visit) => setState({ status: 'ready', visit }),
        (cause: unknown) => {
          if (controller.signal.aborted) return;
          if (cause instanceof ApiError && (cause.status === 404 || cause.code === 'VALIDATION_FAILED'))
            setState({ status: 'missing' });
          else setState({ status: 'failed', message: errorMessage(cause, 'The visit could not be loaded.') });
        },
      )
      .finally(() => {
        if (!controller.signal.aborted) setReloading(false);
      });
    return () => controller.abort();
  }, [id, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((visit: Visit) => setState({ status: 'ready', visit }), []);
  return { state, reload, reloading, replace };
}
