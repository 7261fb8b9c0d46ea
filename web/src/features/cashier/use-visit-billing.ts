import type { Visit, VisitBillingView } from '@modern-emr/domain';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../lib/api';
import { getVisit } from '../visits/visits-api';
import { getVisitBilling } from './billing-api';
import { getWallet } from './wallet-api';

export interface VisitBillingData {
  visit: Visit;
  billing: VisitBillingView;
  /** null when the wallet could not be read; paying from it is then unavailable. */
  walletBalance: number | null;
}

/** Everything the visit billing page shows, reloaded after every change so nothing is stale. */
export function useVisitBilling(visitId: string) {
  const [data, setData] = useState<VisitBillingData | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      const [visit, billing] = await Promise.all([getVisit(visitId), getVisitBilling(visitId)]);
      const walletBalance = await getWallet(visit.patientId, 1, 1).then(
        (wallet) => wallet.balance,
        () => null,
      );
      setData({ visit, billing, walletBalance });
    } catch (cause) {
      setError(errorMessage(cause, 'The visit’s bill could not be loaded.'));
    }
  }, [visitId]);

  useEffect(() => {
    void load();
  }, [load]);

  return { data, error, reload: load };
}
