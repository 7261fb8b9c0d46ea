import argon2 from 'argon2';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, createUser, type TestApp, uniqueIp } from '../../../test/test-app';
import { queryRows } from '../../db/rows';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const body = (username: string) => ({
  username,
  password: 'Lilac-Tundra-Harp-19',
  firstName: 'Obiageli',
  lastName: 'Umeh',
  phone: '+2348099990000',
});

/** What a client can see of an answer: status, body and headers, less the per-request ones. */
async function register(username: string) {
  const hashes = vi.spyOn(argon2, 'hash');
  try {
    const res = await t.api.post('/api/v1/auth/register', body(username), { ip: uniqueIp() });
    const { 'x-request-id': _id, date: _date, 'ratelimit-reset': _reset, ...headers } = res.headers;
    return { status: res.status, text: res.text, headers, passwordHashes: hashes.mock.calls.length };
  } finally {
    hashes.mockRestore();
  }
}

describe('patient self-registration and existing usernames', () => {
  it('AUTH-REG-1: a staff username gets exactly the answer any taken username gets, after the same work', async () => {
    const staff = await createUser(t, ['ADMIN'], { username: 'ada.admin' });
    expect((await register('chioma.patient')).status).toBe(201);

    const staffTaken = await register('ada.admin');
    const patientTaken = await register('chioma.patient');
    expect(staffTaken.status).toBe(409);
    expect(JSON.parse(staffTaken.text)).toEqual({
      error: { code: 'DUPLICATE', message: 'That username is taken; choose another' },
    });
    expect(staffTaken).toEqual(patientTaken);
    // The same password hashing as a registration that succeeds, so timing tells nothing either.
    expect(staffTaken.passwordHashes).toBe(1);
    expect((await register('new.patient')).passwordHashes).toBe(1);

    // Nothing was attached to the staff account, which still signs in with its own password only.
    const rows = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from patients where user_id = ${staff.id}`,
    );
    expect(rows[0]?.n).toBe(0);
    const own = { username: 'ada.admin', password: staff.password };
    expect((await t.api.post('/api/v1/auth/login', own, { ip: uniqueIp() })).status).toBe(200);
    const theirs = { username: 'ada.admin', password: body('x').password };
    expect((await t.api.post('/api/v1/auth/login', theirs, { ip: uniqueIp() })).status).toBe(401);
  });
});
