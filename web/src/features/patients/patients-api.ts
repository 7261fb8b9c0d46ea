import type { Patient, PatientCreated, PatientRegistration, PatientSearchPage } from '@modern-emr/domain';
import { api, queryString } from '../../lib/api';

export function searchPatients(
  q: string,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
): Promise<PatientSearchPage> {
  return api.get(`/api/v1/patients${queryString({ q, page, pageSize })}`, signal);
}

export function registerPatient(body: PatientRegistration): Promise<PatientCreated> {
  return api.post('/api/v1/patients', body);
}

export function getPatient(id: string, signal?: AbortSignal): Promise<Patient> {
  return api.get(`/api/v1/patients/${encodeURIComponent(id)}`, signal);
}

export function archivePatient(id: string, reason: string): Promise<Patient> {
  return api.post(`/api/v1/patients/${encodeURIComponent(id)}/archive`, { reason });
}

export function restorePatient(id: string): Promise<Patient> {
  return api.post(`/api/v1/patients/${encodeURIComponent(id)}/restore`);
}
