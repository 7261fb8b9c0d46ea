import type { ChargeChanged, ErrorBody, VisitBillingView } from '@modern-emr/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../../test/expect-refusal';
import { createTestApp, type LoggedIn, type TestApp } from '../../../test/test-app';
import { queryRows } from '../../db/rows';
import {
  addCharges,
  cashierOnShift,
  closeVisit,
  createService,
  openVisit,
  postPayment,
  type ServiceRow,
} from './testing/fixtures';

let t: TestApp;
let cashier: LoggedIn & { shiftId: string };
let fee: ServiceRow;
let lab: ServiceRow;

beforeAll(async () => {
  t = await createTestApp();
  cashier = await cashierOnShift(t);
  fee = await createService(t, 500_000);
  lab = await createService(t, 250_000, { billTiming: 'AFTER' });
});
afterAll(() => t.close());

function addCharge<T = ChargeChanged>(visitId: string, body: unknown) {
  return t.api.post<T>(`/api/v1/visits/${visitId}/charges`, body, { token: cashier.token });
}

function closeOut<T = ChargeChanged>(chargeId: string, action: 'waive' | 'void', reason = 'Duplicate order') {
  return t.api.post<T>(`/api/v1/charges/${chargeId}/${action}`, { reason }, { token: cashier.token });
}

async function audits(action: string, entityId: string) {
  return queryRows<{ metadata: Record<string, unknown>; visit_id: string; patient_id: string }>(
    t.database.db,
    sql`select metadata, visit_id, patient_id from audit_log where action = ${action} and entity_id = ${entityId}`,
  );
}

describe('charges: adding from the catalogue', () => {
  it('BILL-CHARGE-1: adds a service at its catalogue price, recomputes the visit and audits it', async () => {
    const { visitId, patientId } = await openVisit(t);
    const res = await addCharge(visitId, { serviceCode: lab.code, quantity: 3 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      visitId,
      serviceCode: lab.code,
      name: lab.name,
      quantity: 3,
      unitPrice: 250_000,
      amount: 750_000,
      patientShare: 750_000,
      patientDue: 750_000,
      status: 'PENDING',
      settled: false,
      billTiming: 'AFTER',
      visit: { id: visitId, paymentStatus: 'UNPAID', outstanding: 750_000 },
    });
    const [audit] = await audits('charge.create', res.body.id);
    expect(audit).toMatchObject({
      visit_id: visitId,
      patient_id: patientId,
      metadata: { serviceCode: lab.code, quantity: 3, amount: 750_000 },
    });
    const view = await t.api.get<VisitBillingView>(`/api/v1/visits/${visitId}/billing`, {
      roles: ['RECEPTIONIST'],
    });
    expect(view.body.charges).toHaveLength(1);
    expect(view.body.summary.outstanding).toBe(750_000);
  });

  it('DOM-PRICE-1: defaults the quantity to one and keeps the price of the day when the catalogue changes', async () => {
    const service = await createService(t, 100_000);
    const { visitId } = await openVisit(t);
    const first = await addCharge(visitId, { serviceCode: service.code });
    expect(first.body).toMatchObject({ quantity: 1, amount: 100_000 });
    await t.database.db.execute(
      sql`update service_catalog set price_minor = 180000 where id = ${service.id}`,
    );
    const second = await addCharge(visitId, { serviceCode: service.code });
    expect(second.body.amount).toBe(180_000);
    const view = await t.api.get<VisitBillingView>(`/api/v1/visits/${visitId}/billing`, {
      token: cashier.token,
    });
    expect(view.body.charges.map((c) => c.amount)).toEqual([100_000, 180_000]);
  });

  it('answers 404 for an unknown code or visit, 409 for a retired service or a closed visit', async () => {
    const { visitId } = await openVisit(t);
    const unknown = await addCharge<ErrorBody>(visitId, { serviceCode: 'NO-SUCH' });
    expect(unknown.status).toBe(404);
    const retired = await createService(t, 1_000, { active: false });
    const refused = await addCharge<ErrorBody>(visitId, { serviceCode: retired.code });
    expect(refused.status).toBe(409);
    expect((await addCharge(crypto.randomUUID(), { serviceCode: fee.code })).status).toBe(404);
    await closeVisit(t, visitId);
    const closed = await addCharge<ErrorBody>(visitId, { serviceCode: fee.code });
    expectRefusal(closed, 'VISIT_CLOSED');
  });

  it('validates the body and lets only cashiers charge', async () => {
    const { visitId } = await openVisit(t);
    for (const bad of [
      {},
      { serviceCode: fee.code, quantity: 0 },
      { serviceCode: fee.code, quantity: 1.5 },
    ]) {
      const res = await addCharge<ErrorBody>(visitId, bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }
    const doctor = await t.api.post(
      `/api/v1/visits/${visitId}/charges`,
      { serviceCode: fee.code },
      { roles: ['DOCTOR'] },
    );
    expect(doctor.status).toBe(403);
  });
});

describe('charges: waive and void', () => {
  it('BILL-CHARGE-1: waives a pending charge with a reason: it leaves the patient share and the visit clears', async () => {
    const { visitId } = await openVisit(t);
    const [feeId, labId] = await addCharges(t, visitId, [{ service: fee }, { service: lab }]);
    await postPayment(t, cashier.token, visitId, {
      amount: 500_000,
      method: 'CASH',
      chargeIds: [feeId ?? ''],
    });
    const res = await closeOut(labId ?? '', 'waive', 'Staff family discount');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: labId,
      status: 'WAIVED',
      settled: true,
      patientShare: 0,
      reason: 'Staff family discount',
      visit: { paymentStatus: 'PAID', paymentCleared: true, outstanding: 0 },
    });
    const view = await t.api.get<VisitBillingView>(`/api/v1/visits/${visitId}/billing`, {
      token: cashier.token,
    });
    expect(view.body.summary).toMatchObject({
      charges: 750_000,
      waived: 250_000,
      net: 500_000,
      paid: 500_000,
    });
    const [audit] = await audits('charge.waive', labId ?? '');
    expect(audit?.metadata).toMatchObject({ reason: 'Staff family discount', amount: 250_000 });
  });

  it('lets an administrator waive but not void; voids drop out of every total', async () => {
    const { visitId } = await openVisit(t);
    const [a, b] = await addCharges(t, visitId, [{ service: fee }, { service: lab }]);
    const byAdmin = await t.api.post(
      `/api/v1/charges/${a}/waive`,
      { reason: 'Charity case' },
      { roles: ['ADMIN'] },
    );
    expect(byAdmin.status).toBe(200);
    const adminVoid = await t.api.post(
      `/api/v1/charges/${b}/void`,
      { reason: 'Wrong test' },
      { roles: ['ADMIN'] },
    );
    expect(adminVoid.status).toBe(403);
    const voided = await closeOut(b ?? '', 'void', 'Ordered by mistake');
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({ status: 'VOIDED', settled: false, visit: { paymentStatus: 'PAID' } });
    const view = await t.api.get<VisitBillingView>(`/api/v1/visits/${visitId}/billing`, {
      token: cashier.token,
    });
    expect(view.body.summary).toMatchObject({ charges: 500_000, waived: 500_000, net: 0, outstanding: 0 });
  });

  it('BILL-CHARGE-2: refuses to waive or void once money is on the charge, and both are final', async () => {
    const { visitId } = await openVisit(t);
    const [paidId, partId, doneId] = await addCharges(t, visitId, [
      { service: lab },
      { service: fee },
      { service: lab },
    ]);
    await postPayment(t, cashier.token, visitId, { amount: 350_000, method: 'CASH' });
    for (const [id, action] of [
      [paidId, 'waive'],
      [paidId, 'void'],
      [partId, 'waive'],
      [partId, 'void'],
    ] as const) {
      const res = await closeOut<ErrorBody>(id ?? '', action);
      expect(res.status, `${action} ${id}`).toBe(409);
      expect(res.body.error).toMatchObject({
        code: 'INVALID_TRANSITION',
        details: { reason: 'HAS_PAYMENTS' },
      });
    }
    expect((await closeOut(doneId ?? '', 'void')).status).toBe(200);
    const again = await closeOut<ErrorBody>(doneId ?? '', 'waive');
    expect(again.status).toBe(409);
    expect(again.body.error.details).toMatchObject({ reason: 'TERMINAL_STATUS' });
  });

  it('refuses to void a rendered service but still waives it', async () => {
    const { visitId } = await openVisit(t);
    const [id] = await addCharges(t, visitId, [{ service: lab }]);
    await t.database.db.execute(sql`update charges set rendered_at = now() where id = ${id}`);
    const voided = await closeOut<ErrorBody>(id ?? '', 'void');
    expect(voided.status).toBe(409);
    expect(voided.body.error.details).toMatchObject({ reason: 'RENDERED' });
    expect((await closeOut(id ?? '', 'waive')).status).toBe(200);
  });

  it('needs a real reason, an existing charge and an open visit', async () => {
    const { visitId } = await openVisit(t);
    const [id] = await addCharges(t, visitId, [{ service: lab }]);
    expect((await closeOut(id ?? '', 'waive', 'x')).status).toBe(400);
    expect((await closeOut(crypto.randomUUID(), 'waive')).status).toBe(404);
    await closeVisit(t, visitId);
    const closed = await closeOut<ErrorBody>(id ?? '', 'waive');
    expectRefusal(closed, 'VISIT_CLOSED');
  });
});

describe('visit billing view', () => {
  it('is readable by the desk, the doctor and administrators, not by nurses or patients', async () => {
    const { visitId } = await openVisit(t);
    for (const role of ['CASHIER', 'RECEPTIONIST', 'DOCTOR', 'ADMIN'] as const) {
      expect((await t.api.get(`/api/v1/visits/${visitId}/billing`, { roles: [role] })).status, role).toBe(
        200,
      );
    }
    for (const role of ['NURSE', 'PATIENT'] as const) {
      expect((await t.api.get(`/api/v1/visits/${visitId}/billing`, { roles: [role] })).status, role).toBe(
        403,
      );
    }
    expect(
      (await t.api.get(`/api/v1/visits/${crypto.randomUUID()}/billing`, { roles: ['CASHIER'] })).status,
    ).toBe(404);
  });

  it('reports a visit with no charges as PAID with zero everywhere', async () => {
    const { visitId, number } = await openVisit(t);
    const res = await t.api.get<VisitBillingView>(`/api/v1/visits/${visitId}/billing`, {
      token: cashier.token,
    });
    expect(res.body).toMatchObject({
      visitId,
      visitNumber: number,
      visitStatus: 'OPEN',
      payer: 'CASH',
      paymentStatus: 'PAID',
      paymentCleared: true,
      charges: [],
      payments: [],
      refunds: [],
    });
    expect(Object.values(res.body.summary).every((v) => v === 0)).toBe(true);
  });
});
