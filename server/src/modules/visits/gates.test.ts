import type { ErrorBody } from '@modern-emr/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import type { GateName } from '../../http/gate-names';
import { chargeSettledGate } from './gates';
import { auditRows, insertPatient, insertService } from './testing/visit-fixtures';
import { addCharge, openVisitOk, recordPayment } from './testing/visit-flow';

/*
 * The `chargeSettled` gate has no production route yet (orders come in a later issue), so a
 * test-only "render" route declares it, exactly as a lab or pharmacy route will.
 */

let database: TestDatabase;
let t: TestApp;
let before: { id: string; code: string };
let after: { id: string; code: string };

/** A test-only name, deliberately not in the production list of gate names. */
const TEST_GATE = 'testChargeSettled' as GateName;
const LAB_TECH = { roles: ['LAB_TECH' as const] };
const renderUrl = (chargeId: string) => `/api/v1/test-orders/${chargeId}/render`;

beforeAll(async () => {
  database = await createTestDatabase();
  t = await createTestApp({
    database,
    setup: (app) => {
      app.gates.set(
        TEST_GATE,
        chargeSettledGate(database.db, async (request) => (request.params as { chargeId: string }).chargeId),
      );
      app.post(
        '/api/v1/test-orders/:chargeId/render',
        { config: { access: { roles: ['LAB_TECH'], gates: [TEST_GATE] } } },
        async () => ({ rendered: true }),
      );
    },
  });
  await insertService(database.db, { department: 'CONSULTATION', price: 500_000, autoBill: true });
  before = await insertService(database.db, { department: 'LAB', price: 300_000, billTiming: 'BEFORE' });
  after = await insertService(database.db, { department: 'LAB', price: 200_000, billTiming: 'AFTER' });
});
afterAll(async () => {
  await t.close();
  await database.close();
});

describe('the chargeSettled gate', () => {
  it('BILL-GATE-1: refuses a BEFORE service until its own charge is paid', async () => {
    const visit = await openVisitOk(t, await insertPatient(database.db));
    const chargeId = await addCharge(t, visit.id, before.code);
    const refused = await t.api.post<ErrorBody>(renderUrl(chargeId), {}, LAB_TECH);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      code: 'PAYMENT_NOT_CLEARED',
      details: { reason: 'CHARGE_NOT_SETTLED', chargeId },
    });
    // Paying the consultation fee (oldest first) is not enough: it is this charge that counts.
    await recordPayment(t, visit.id, 500_000);
    expect((await t.api.post(renderUrl(chargeId), {}, LAB_TECH)).status).toBe(403);
    await recordPayment(t, visit.id, 300_000);
    const ok = await t.api.post<{ rendered: boolean }>(renderUrl(chargeId), {}, LAB_TECH);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ rendered: true });
    expect(await auditRows(database.db, 'payment_gate.bypass', visit.id)).toHaveLength(0);
  });

  it('lets an AFTER service be rendered first and paid later', async () => {
    const visit = await openVisitOk(t, await insertPatient(database.db));
    const chargeId = await addCharge(t, visit.id, after.code);
    expect((await t.api.post(renderUrl(chargeId), {}, LAB_TECH)).status).toBe(200);
  });

  it('lets an emergency through unpaid and audits the bypass', async () => {
    const visit = await openVisitOk(t, await insertPatient(database.db), {
      type: 'EMERGENCY',
      emergency: true,
      emergencyReason: 'Suspected sepsis',
    });
    const chargeId = await addCharge(t, visit.id, before.code);
    expect((await t.api.post(renderUrl(chargeId), {}, LAB_TECH)).status).toBe(200);
    const [bypass] = await auditRows(database.db, 'payment_gate.bypass', visit.id);
    expect(bypass).toMatchObject({ entity_id: chargeId, patient_id: visit.patientId });
    expect(bypass?.metadata).toEqual({ gate: 'chargeSettled', chargeId });
  });

  it('answers 404 for an unknown charge, after authentication and authorisation', async () => {
    const unknown = crypto.randomUUID();
    expect((await t.api.post(renderUrl(unknown), {}, LAB_TECH)).status).toBe(404);
    expect((await t.api.post(renderUrl(unknown), {})).status).toBe(401);
    expect((await t.api.post(renderUrl(unknown), {}, { roles: ['DOCTOR'] })).status).toBe(403);
  });
});
