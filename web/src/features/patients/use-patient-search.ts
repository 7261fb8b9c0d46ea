import { useDebouncedValue } from '@mantine/hooks';
import type { PatientSearchPage } from '@modern-emr/domain';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../lib/api';
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
 * Searches once typing pauses, from MIN_SEARCH_LENGTH characters; a new query cancels the one in
 * flight so results never arrive out of order.
 */
export function usePatientSearch(text: string): PatientSearchState {
  const [query] = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const [state, setState] = useState<PatientSearchState>({ status: 'idle' });

  useEffect(() => {
    if (query.length < MIN_SEARCH_LENGTH) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'searching', query });
    searchPatients(query, 1, RESULT_LIMIT, controller.signal).then(
      (result) => {
        if (!controller.signal.aborted) setState({ status: 'done', query, result });
      },
      (cause: unknown) => {
        if (!controller.signal.aborted)
          setState({
            status: 'failed',
            query,
            message: errorMessage(cause, 'The search failed. Try again.'),
          });
      },
    );
    return () => controller.abort();
  }, [query]);

  return state;
}
