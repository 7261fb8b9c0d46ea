import {
  type Consultation,
  type Visit,
  type VisitPaymentStatus,
  visitPaymentStatusSchema,
} from '@modern-emr/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { ApiError, errorMessage } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';
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
  const client = useQueryClient();
  const visitId = visit?.id ?? '';
  const hasOne = visit?.consultation != null;
  // Starting was refused by the payment gate: shown until the doctor checks again.
  const [refused, setRefused] = useState<VisitPaymentStatus | null>(null);
  const query = useQuery({
    queryKey: queryKeys.consultation(visitId),
    queryFn: ({ signal }) => getConsultation(visitId, signal),
    enabled: visit !== null && hasOne,
  });

  let state: ConsultationLoad;
  if (!visit) state = { status: 'loading' };
  else if (query.data) state = { status: 'ready', consultation: query.data };
  else if (refused) state = { status: 'locked', paymentStatus: refused };
  else if (!hasOne) state = { status: 'none' };
  else if (query.error) {
    const locked = gateRefusal(query.error);
    state = locked
      ? { status: 'locked', paymentStatus: locked }
      : { status: 'failed', message: errorMessage(query.error, 'The consultation could not be loaded.') };
  } else state = { status: 'loading' };

  /** The server's answer to a start, save or completion, shown without asking again. */
  const show = useCallback(
    (consultation: Consultation) => {
      setRefused(null);
      client.setQueryData(queryKeys.consultation(consultation.visitId), consultation);
    },
    [client],
  );
  const refetch = useCallback(() => {
    setRefused(null);
    if (hasOne) void query.refetch();
  }, [hasOne, query.refetch]);

  return { state, show, lock: setRefused, refetch };
}
