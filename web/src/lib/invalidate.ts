import { type QueryClient, type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { queryKeys } from './query-keys';

/**
 * What changed on the server, by name. A mutation in this tab names its event after the server
 * confirmed it; live push (server-sent events, later) will deliver the same names, so one map
 * decides which views refetch whichever way the news arrives.
 */
export type ServerEvent =
  | { type: 'visit.opened'; patientId: string }
  | { type: 'visit.changed'; visitId: string }
  | { type: 'visit.billing-changed'; visitId: string; patientId?: string }
  | { type: 'consultation.changed'; visitId: string }
  | { type: 'wallet.changed'; patientId: string }
  | { type: 'shift.changed' }
  | { type: 'end-of-day.finalised' }
  | { type: 'patient.changed'; patientId: string }
  | { type: 'signup.verified'; patientId: string }
  | { type: 'user.changed' }
  | { type: 'mfa-policy.changed' };

/** The keys of every view that shows what the event changed. spec: WEB-DATA-1 */
export function keysFor(event: ServerEvent): QueryKey[] {
  switch (event.type) {
    case 'visit.opened':
      // Today's visits, the cashier's queue, the doctor's list and the patient's visit history.
      return [queryKeys.worklists, queryKeys.visits, queryKeys.patient(event.patientId)];
    case 'visit.changed':
      return [queryKeys.visit(event.visitId), queryKeys.worklists, queryKeys.visitLists];
    case 'visit.billing-changed':
      // A payment, refund, charge, cover or deferral: the bill, the visit's payment status, every
      // queue that sorts by it, the till's expected money, the day's report and the wallet.
      return [
        queryKeys.visit(event.visitId),
        queryKeys.worklists,
        queryKeys.visitLists,
        queryKeys.currentShift,
        queryKeys.reports,
        ...(event.patientId ? [queryKeys.walletOf(event.patientId)] : []),
      ];
    case 'consultation.changed':
      return [queryKeys.visit(event.visitId), queryKeys.worklists, queryKeys.visitLists];
    case 'wallet.changed':
      return [queryKeys.walletOf(event.patientId), queryKeys.currentShift, queryKeys.reports];
    case 'shift.changed':
      return [queryKeys.currentShift, queryKeys.reports];
    case 'end-of-day.finalised':
      return [queryKeys.reports];
    case 'patient.changed':
      return [queryKeys.patient(event.patientId), ['patients', 'search']];
    case 'signup.verified':
      return [['patients', 'pending-verification'], queryKeys.patient(event.patientId)];
    case 'user.changed':
      return [queryKeys.users];
    case 'mfa-policy.changed':
      return [queryKeys.mfaPolicy];
  }
}

/** Marks the event's views stale; those on screen refetch at once, the others when next shown. */
export async function invalidateFor(client: QueryClient, event: ServerEvent): Promise<void> {
  await Promise.all(keysFor(event).map((queryKey) => client.invalidateQueries({ queryKey })));
}

/** `invalidateFor` bound to the app's QueryClient, for mutation callbacks. */
export function useInvalidateFor(): (event: ServerEvent) => Promise<void> {
  const client = useQueryClient();
  return useCallback((event: ServerEvent) => invalidateFor(client, event), [client]);
}
