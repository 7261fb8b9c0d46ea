import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { ENGINE } from '../../test/test-database';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe(`upper-case ids (${ENGINE})`, () => {
  it('INPUT-2: an id typed in capitals finds the same patient, opens a visit on it and waives its charge', async () => {
    const roles = ['ADMIN' as const, 'RECEPTIONIST' as const, 'CASHIER' as const];
    const patient = await t.api.post<{ id: string }>(
      '/api/v1/patients',
      { firstName: 'Adaeze', lastName: 'Okafor', sex: 'FEMALE', phone: '08031234567' },
      { roles },
    );
    const upper = patient.body.id.toUpperCase();
    const found = await t.api.get<{ id: string }>(`/api/v1/patients/${upper}`, { roles });
    expect(found.status).toBe(200);
    expect(found.body.id).toBe(patient.body.id);

    const visit = await t.api.post<{ id: string; patientId: string }>(
      '/api/v1/visits',
      { patientId: upper, type: 'OUTPATIENT', payer: 'CASH' },
      { roles },
    );
    expect(visit.status).toBe(201);
    expect(visit.body.patientId).toBe(patient.body.id);

    await t.api.post(
      '/api/v1/service-catalog',
      {
        code: 'LAB-MP',
        name: 'Malaria parasite',
        department: 'LAB',
        workflowType: 'LAB_TEST',
        price: 250_000,
      },
      { roles },
    );
    const charged = await t.api.post<{ id: string }>(
      `/api/v1/visits/${visit.body.id.toUpperCase()}/charges`,
      { serviceCode: 'LAB-MP' },
      { roles },
    );
    expect(charged.status).toBe(201);
    const waived = await t.api.post<{ id: string; status: string }>(
      `/api/v1/charges/${charged.body.id.toUpperCase()}/waive`,
      { reason: 'Staff family discount' },
      { roles },
    );
    expect(waived.status).toBe(200);
    expect(waived.body).toMatchObject({ id: charged.body.id, status: 'WAIVED' });
  });
});
