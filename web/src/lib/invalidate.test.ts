import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, test } from 'vitest';
import { invalidateFor } from './invalidate';
import { queryKeys } from './query-keys';

const VISIT = '00000000-0000-4000-8000-0000000000a1';
const OTHER_VISIT = '00000000-0000-4000-8000-0000000000a2';
const PATIENT = '00000000-0000-4000-8000-0000000000b1';

/** A cache holding every view a clinic workstation may have loaded. */
function loadedCache(): QueryClient {
  const client = new QueryClient();
  const views: QueryKey[] = [
    queryKeys.visit(VISIT),
    queryKeys.visitBilling(VISIT),
    queryKeys.visit(OTHER_VISIT),
    queryKeys.cashierQueue(1),
    queryKeys.receptionWorklist(1),
    queryKeys.doctorWorklist(false, 1),
    queryKeys.currentShift,
    queryKeys.endOfDay('2026-11-23'),
    queryKeys.wallet(PATIENT, 1, 20),
    queryKeys.patient(PATIENT),
    queryKeys.users,
  ];
  for (const key of views) client.setQueryData(key, { loaded: true });
  return client;
}

const stale = (client: QueryClient, key: QueryKey) => client.getQueryState(key)?.isInvalidated === true;

describe('invalidateFor', () => {
  test('WEB-DATA-1: a payment refetches the bill, the visit, every queue, the till, the day and the wallet', async () => {
    const client = loadedCache();
    await invalidateFor(client, { type: 'visit.billing-changed', visitId: VISIT, patientId: PATIENT });
    for (const key of [
      queryKeys.visit(VISIT),
      queryKeys.visitBilling(VISIT),
      queryKeys.cashierQueue(1),
      queryKeys.receptionWorklist(1),
      queryKeys.doctorWorklist(false, 1),
      queryKeys.currentShift,
      queryKeys.endOfDay('2026-11-23'),
      queryKeys.wallet(PATIENT, 1, 20),
    ])
      expect(stale(client, key), JSON.stringify(key)).toBe(true);
    // Nothing the payment cannot have changed.
    expect(stale(client, queryKeys.visit(OTHER_VISIT))).toBe(false);
    expect(stale(client, queryKeys.users)).toBe(false);
  });

  test('WEB-DATA-1: opening a visit refetches today’s visits, the cashier’s queue and the patient', async () => {
    const client = loadedCache();
    await invalidateFor(client, { type: 'visit.opened', patientId: PATIENT });
    expect(stale(client, queryKeys.receptionWorklist(1))).toBe(true);
    expect(stale(client, queryKeys.cashierQueue(1))).toBe(true);
    expect(stale(client, queryKeys.patient(PATIENT))).toBe(true);
    expect(stale(client, queryKeys.currentShift)).toBe(false);
  });
});
