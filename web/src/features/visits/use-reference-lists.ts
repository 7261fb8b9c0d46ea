import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../lib/query-keys';
import { listActiveHmoProviders } from './hmo-providers-api';
import { listDoctors } from './staff-api';

/** Lists that change a few times a year: asked once a minute at most, shared by every dialog. */
const REFERENCE_STALE_MS = 60_000;

/** The active HMOs, asked for only while `wanted` (the payer is an HMO). */
export function useActiveHmoProviders(wanted = true) {
  return useQuery({
    queryKey: queryKeys.hmoProviders,
    queryFn: ({ signal }) => listActiveHmoProviders(signal),
    select: (page) => page.items,
    staleTime: REFERENCE_STALE_MS,
    enabled: wanted,
  });
}

/** The active doctors a visit can be assigned to. */
export function useDoctors(wanted = true) {
  return useQuery({
    queryKey: queryKeys.doctors,
    queryFn: ({ signal }) => listDoctors(signal),
    select: (page) => page.items,
    staleTime: REFERENCE_STALE_MS,
    enabled: wanted,
  });
}
