import type { Patient } from '@modern-emr/domain';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../lib/query-keys';
import { type RecordLoad, recordLoad } from '../../lib/query-load';
import { getPatient } from './patients-api';

export type PatientLoad = RecordLoad<{ patient: Patient }>;

/** The patient record through the cache, shared by every view of this patient; idle without an id. */
export function usePatientQuery(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.patient(id ?? ''),
    queryFn: ({ signal }) => getPatient(id ?? '', signal),
    enabled: Boolean(id),
  });
}

export function usePatient(id: string): { state: PatientLoad } {
  const query = usePatientQuery(id);
  return { state: recordLoad(query, (patient) => ({ patient }), 'The patient could not be loaded.') };
}
