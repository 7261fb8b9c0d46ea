import { useDebouncedValue } from '@mantine/hooks';
import type { PatientSearchPage } from '@modern-emr/domain';
import { useQuery } from '@tanstack/react-query';
import { errorMessage } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';
import { searchPatients } from './patients-api';

/** Fewer characters match too many records to be useful at the desk, and cost a full scan. */
export const MIN_SEARCH_LENGTH = 2;
export const SEARCH_DEBOUNCE_MS = 300;
const RESULT_LIMIT = 10;

export type PatientSearchState =
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | { status: 'done'; query: string; result: PatientSearchPage }
  | { status: 'failed'; query: string; message: string };

/**
 * Searches once typing pauses, from MIN_SEARCH_LENGTH characters. Each query has its own cache
 * entry and a new one aborts the request in flight, so results never arrive out of order.
 */
export function usePatientSearch(text: string): PatientSearchState {
  const [query] = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const wanted = query.length >= MIN_SEARCH_LENGTH;
  const search = useQuery({
    queryKey: queryKeys.patientSearch(query),
    queryFn: ({ signal }) => searchPatients(query, 1, RESULT_LIMIT, signal),
    enabled: wanted,
  });
  if (!wanted) return { status: 'idle' };
  if (search.data) return { status: 'done', query, result: search.data };
  if (search.error)
    return { status: 'failed', query, message: errorMessage(search.error, 'The search failed. Try again.') };
  return { status: 'searching', query };
}
