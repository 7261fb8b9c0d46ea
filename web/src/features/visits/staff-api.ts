import type { Page, StaffMember } from '@modern-emr/domain';
import { api } from '../../lib/api';

/** Active doctors by name, to assign one to a visit. A clinic has a few dozen at most. */
export function listDoctors(signal?: AbortSignal): Promise<Page<StaffMember>> {
  return api.get('/api/v1/staff/doctors?page=1&pageSize=200', signal);
}
