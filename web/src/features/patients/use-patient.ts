import type { Patient } from '@modern-emr/domain';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../../lib/api';
import { getPatient } from './patients-api';

export type PatientLoad =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; patient: Patient };

export function usePatient(id: string): { state: PatientLoad; reload: () => void } {
  const [state, setState] = useState<PatientLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reload trigger
  useEffect(() => {
    const controller = new AbortController();
    getPatient(id, controller.signal).then(
      (patient) => setState({ status: 'ready', patient }),
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        if (cause instanceof ApiError && (cause.status === 404 || cause.code === 'VALIDATION_FAILED'))
          setState({ status: 'missing' });
        else setState({ status: 'failed', message: errorMessage(cause, 'The patient could not be loaded.') });
      },
    );
    return () => controller.abort();
  }, [id, attempt]);

  return { state, reload: useCallback(() => setAttempt((n) => n + 1), []) };
}
