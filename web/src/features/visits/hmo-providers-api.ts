import type { HmoProvider, Page } from '@modern-emr/domain';
import { api } from '../../lib/api';

/** Active providers only: a retired HMO is not offered for new visits. A clinic works with a few dozen at most. */
export function listActiveHmoProviders(signal?: AbortSignal): Promise<Page<HmoProvider>> {
  return api.get('/api/v1/hmo-providers?active=true&page=1&pageSize=200', signal);
}
