import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, loginAs, type TestApp, uniqueIp } from '../../../test/test-app';
import { queryRows } from '../../db/rows';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Err = { error: { code: string; details?: { retryAfterSeconds: number } } };

// A new address per attempt: these tests are about the per-account lockout, not the per-IP limit.
const attempt = (username: string, password: string) =>
  t.api.post<Err>('/api/v1/auth/login', { username, password }, { ip: uniqueIp() });

async function fail(username: string, times: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) statuses.push((await attempt(username, `Wrong-Guess-${i}-Xy!`)).status);
  return statuses;
}

describe('account lockout', { timeout: 60_000 }, () => {
  it('locks after 5 consecutive failures for 30 minutes with 423 and Retry-After, then lets the user in', async () => {
    const u = await createUser(t, ['CASHIER']);
    expect(await fail(u.username, 4)).toEqual([401, 401, 401, 401]);
    const fifth = await attempt(u.username, 'Wrong-Guess-5-Xy!');
    expect(fifth.status).toBe(423);
    expect(fifth.body.error.code).toBe('ACCOUNT_LOCKED');
    expect(fifth.headers['retry-after']).toBe('1800');

    // Even the right password is refused while locked.
    const right = await attempt(u.username, u.password);
    expect(right.status).toBe(423);
    t.clock.advance(29 * 60);
    const later = await attempt(u.username, u.password);
    expect(later.status).toBe(423);
    expect(later.headers['retry-after']).toBe('60');
    t.clock.advance(60);
    expect((await attempt(u.username, u.password)).status).toBe(200);

    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_id = ${u.id} and action = 'auth.lockout'`,
    );
    expect(audit).toHaveLength(1);
  });

  it('resets the count on a successful sign-in', async () => {
    const u = await createUser(t, ['CASHIER']);
    await fail(u.username, 4);
    expect((await attempt(u.username, u.password)).status).toBe(200);
    expect(await fail(u.username, 4)).toEqual([401, 401, 401, 401]);
    expect((await attempt(u.username, u.password)).status).toBe(200);
  });

  it('starts a fresh count once a lock has expired', async () => {
    const u = await createUser(t, ['CASHIER']);
    await fail(u.username, 5);
    t.clock.advance(30 * 60 + 1);
    expect(await fail(u.username, 4)).toEqual([401, 401, 401, 401]);
    expect((await attempt(u.username, 'Wrong-Again-Xy!9')).status).toBe(423);
  });

  it('can be lifted by an administrator, which is audited', async () => {
    const admin = await loginAs(t, 'ADMIN');
    const u = await createUser(t, ['DOCTOR']);
    await fail(u.username, 5);
    const listed = await t.api.get<{ lockedUntil: string | null }>(`/api/v1/users/${u.id}`, {
      token: admin.token,
    });
    expect(listed.body.lockedUntil).not.toBeNull();
    const res = await t.api.patch<{ lockedUntil: string | null }>(
      `/api/v1/users/${u.id}`,
      { unlock: true },
      { token: admin.token },
    );
    expect(res.status).toBe(200);
    expect(res.body.lockedUntil).toBeNull();
    expect((await attempt(u.username, u.password)).status).toBe(200);
    const audit = await queryRows<{ actor_id: string }>(
      t.database.db,
      sql`select actor_id from audit_log where entity_id = ${u.id} and action = 'auth.unlock'`,
    );
    expect(audit).toEqual([{ actor_id: admin.id }]);
  });

  it('treats an unknown username exactly like a real one, so lockout reveals nothing', async () => {
    const statuses = await fail('no-such-person', 6);
    expect(statuses).toEqual([401, 401, 401, 401, 423, 423]);
  });

  it('is case-insensitive on the username', async () => {
    const u = await createUser(t, ['NURSE']);
    await fail(u.username.toUpperCase(), 5);
    expect((await attempt(u.username, u.password)).status).toBe(423);
  });
});
