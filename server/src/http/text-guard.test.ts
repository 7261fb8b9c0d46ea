import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, uniqueIp } from '../../test/test-app';
import { ENGINE } from '../../test/test-database';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Refusal {
  error: { code: string; details: { path: string; message: string }[] };
}

const patient = {
  firstName: 'Adaeze',
  lastName: 'Okafor',
  sex: 'FEMALE',
  phone: '08031234567',
  address: '12 Allen Avenue, Ikeja',
};

function expectFieldRefused(res: { status: number; body: unknown }, path: string) {
  expect(res.status).toBe(400);
  expect((res.body as Refusal).error).toMatchObject({
    code: 'VALIDATION_FAILED',
    details: [{ path, message: expect.stringContaining('cannot be stored') }],
  });
}

describe(`text PostgreSQL cannot store (${ENGINE})`, () => {
  it('INPUT-1: a NUL byte in an anonymous sign-in or registration is a 400 naming the field', async () => {
    const login = await t.api.post<Refusal>(
      '/api/v1/auth/login',
      { username: 'reception\u0000', password: 'anything at all' },
      { ip: uniqueIp() },
    );
    expectFieldRefused(login, 'body.username');
    const register = await t.api.post<Refusal>(
      '/api/v1/auth/register',
      {
        username: 'adaeze',
        password: 'Quiet-Harbour-Lantern-42',
        firstName: 'Ada',
        lastName: 'O\u0000',
        phone: '08031234567',
      },
      { ip: uniqueIp() },
    );
    expectFieldRefused(register, 'body.lastName');
  });

  it('INPUT-1: a NUL byte or a lone surrogate deep in a staff form is a 400 naming the field; nothing is saved', async () => {
    const roles = ['RECEPTIONIST' as const];
    expectFieldRefused(
      await t.api.post('/api/v1/patients', { ...patient, address: 'Ikeja\u0000' }, { roles }),
      'body.address',
    );
    expectFieldRefused(
      await t.api.post('/api/v1/patients', { ...patient, nextOfKin: { name: 'Chidi \ud800' } }, { roles }),
      'body.nextOfKin.name',
    );
    const list = await t.api.get<{ total: number }>('/api/v1/patients', { roles });
    expect(list.body.total).toBe(0);
    // Whole characters outside the basic plane (a surrogate pair) are ordinary text.
    const saved = await t.api.post<{ address: string }>(
      '/api/v1/patients',
      { ...patient, address: 'Ikeja 🏥' },
      { roles },
    );
    expect(saved.status).toBe(201);
    expect(saved.body.address).toBe('Ikeja 🏥');
  });
});
