import {
  type Consultation,
  type Visit,
  type VisitPaymentStatus,
  visitPaymentStatusSchema,
} from '@modern-emr/domain';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../../lib/api';
import { getConsultation } from './consultation-api';

export type ConsultationLoad =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'locked'; paymentStatus: VisitPaymentStatus }
  | { status: 'failed'; message: string }
  | { status: 'ready'; consultation: Consultation };

/** The payment status the gate named in a 403 PAYMENT_NOT_CLEARED, if the answer was one. */
export function gateRefusal(cause: unknown): VisitPaymentStatus | null {
  if (!(cause instanceof ApiError) || cause.code !== 'PAYMENT_NOT_CLEARED') return null;
  const named =
    typeof cause.details === 'object' && cause.details !== null
      ? (cause.details as { paymentStatus?: unknown }).paymentStatus
      : undefined;
  const parsed = visitPaymentStatusSchema.safeParse(named);
  // Without a readable status the refusal still means "not cleared"; UNPAID is the safe wording.
  return parsed.success ? parsed.data : 'UNPAID';
}

/** The visit's consultation once the visit says it has one; otherwise "none" (not started yet). */
export function useConsultation(visit: Visit | null) {
  const [state, setState] = useState<ConsultationLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const visitId = visit?.id;
  const hasOne = visit?.consultation != null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the refetch trigger
  useEffect(() => {
    if (!visitId) return;
    if (!hasOne) {
      setState({ status: 'none' });
      return;
    }
    const controller = new AbortController();
    getConsultation(visitId, controller.signal).then(
      (consultation) => setState({ status: 'ready', consultation }),
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        const locked = gateRefusal(cause);
        setState(
          locked
            ? { status: 'locked', paymentStatus: locked }
            : { status: 'failed', message: errorMessage(cause, 'The consultation could not be loaded.') },
        );
      },
    );
    return () => controller.abort();
  }, [visitId, hasOne, attempt]);

  const refetch = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, setState, refetch };
}
