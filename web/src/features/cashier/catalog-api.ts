import type { Page } from '@modern-emr/domain';
import { api, queryString } from '../../lib/api';

/** The fields of a catalogue entry the cashier picks a charge by. */
export interface CatalogEntry {
  id: string;
  code: string;
  name: string;
  department: string;
  price: number;
}

/** Active services only (the server's default): a retired one cannot be charged. */
export function searchCatalog(q: string, signal?: AbortSignal): Promise<Page<CatalogEntry>> {
  return api.get(`/api/v1/service-catalog${queryString({ q, page: 1, pageSize: 20 })}`, signal);
}
