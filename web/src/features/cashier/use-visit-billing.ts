import type { Visit, VisitBillingView } from '@modern-emr/domain';
import { useQuery } from '@tanstack/react-query';
import { errorMessage } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';
import { useVisitQuery } from '../visits/use-visit';
import { getVisitBilling } from './billing-api';
import { getWallet } from './wallet-api';

export interface VisitBillingData {
  visit: Visit;
  billing: VisitBillingView;
  /** null when the wallet could not be read; paying from it is then unavailable. */
  walletBalance: number | null;
}

/**
 * Everything the visit billing page shows, each part under its own key so a payment, a charge or
 * a deposit anywhere refetches exactly the parts it changed.
 */
export function useVisitBilling(visitId: string) {
  const visit = useVisitQuery(visitId);
  const billing = useQuery({
    queryKey: queryKeys.visitBilling(visitId),
    queryFn: ({ signal }) => getVisitBilling(visitId, signal),
  });
  const patientId = visit.data?.patientId;
  const wallet = useQuery({
    queryKey: queryKeys.wallet(patientId ?? '', 1, 1),
    queryFn: ({ signal }) => getWallet(patientId ?? '', 1, 1, signal),
    enabled: patientId !== undefined,
  });

  const failure = visit.error ?? billing.error;
  const error = failure ? errorMessage(failure, 'The visit’s bill could not be loaded.') : null;
  // The page waits for the wallet's answer (or its failure) so the payment dialog never offers
  // a balance that is about to change.
  const data: VisitBillingData | null =
    visit.data && billing.data && !wallet.isPending
      ? { visit: visit.data, billing: billing.data, walletBalance: wallet.data?.balance ?? null }
      : null;

  const reload = async () => {
    await Promise.all([visit.refetch(), billing.refetch()]);
  };
  return { data, error, reload };
}
