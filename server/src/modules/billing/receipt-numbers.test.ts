import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type LoggedIn, type TestApp, testClock } from '../../../test/test-app';
import {
  addCharges,
  cashierOnShift,
  createService,
  openVisit,
  postPayment,
  type ServiceRow,
} from './testing/fixtures';

/** 23:58 on 31 December 2031 in Lagos (UTC+1); three minutes later it is 2032 there but not in UTC. */
const NEW_YEARS_EVE = new Date('2031-12-31T22:58:00Z');

let t: TestApp;
let cashier: LoggedIn & { shiftId: string };
let service: ServiceRow;

beforeAll(async () => {
  t = await createTestApp({ clock: testClock(NEW_YEARS_EVE) });
  cashier = await cashierOnShift(t);
  service = await createService(t, 100_000);
});
afterAll(() => t.close());

async function pay(method: 'CASH' | 'WALLET' = 'CASH') {
  const { visitId } = await openVisit(t);
  await addCharges(t, visitId, [{ service }]);
  return postPayment<{ receiptNumber: string }>(t, cashier.token, visitId, { amount: 100_000, method });
}

describe('receipt numbers', () => {
  it('BILL-RCPT-1: run gapless within a clinic year, skip no number for a refused payment, and restart at the clinic’s new year', async () => {
    const before: string[] = [];
    for (let i = 0; i < 3; i++) before.push((await pay()).body.receiptNumber);
    expect(before).toEqual(['RCT-2031-000001', 'RCT-2031-000002', 'RCT-2031-000003']);

    // A wallet payment with an empty wallet fails after its number was drawn; the number comes back.
    expect((await pay('WALLET')).status).toBe(409);
    expect((await pay()).body.receiptNumber).toBe('RCT-2031-000004');

    t.clock.advance(180);
    expect(t.clock().getUTCFullYear()).toBe(2031);
    const after = [(await pay()).body.receiptNumber, (await pay()).body.receiptNumber];
    expect(after).toEqual(['RCT-2032-000001', 'RCT-2032-000002']);
  });
});
