import type { HmoProvider } from '@modern-emr/domain';

/** An active HMO with no contact details; tests name only what they rely on. */
export function hmoProvider(
  fields: Pick<HmoProvider, 'id' | 'code' | 'name'> & Partial<HmoProvider>,
): HmoProvider {
  return {
    contactName: null,
    phone: null,
    email: null,
    address: null,
    active: true,
    createdAt: '2026-01-01T08:00:00.000Z',
    updatedAt: '2026-01-01T08:00:00.000Z',
    ...fields,
  };
}
