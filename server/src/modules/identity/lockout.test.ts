import argon2 from 'argon2';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, createUser, loginAs, type TestApp, uniqueIp } from '../../../test/test-app';
import { queryRows } from '../../db/rows';
import { currentTotp } from './totp';

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
  it('AUTH-LOCK-1: locks after 5 consecutive failures for 30 minutes with 423 and Retry-After, then lets the user in', async () => {
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

/**
 * Counts real argon2 verifications (the passwords module's own calls) and holds them until released,
 * so a test can act while checks are under way. Not a mock: every check still runs for real.
 */
function holdPasswordChecks() {
  const real = argon2.verify.bind(argon2);
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const spy = vi.spyOn(argon2, 'verify').mockImplementation(async (...args) => {
    await gate;
    return real(...args);
  });
  return {
    get checks() {
      return spy.mock.calls.length;
    },
    release,
    restore: () => spy.mockRestore(),
  };
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached in 30 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('concurrent sign-ins on one account', { timeout: 60_000 }, () => {
  it('AUTH-LOCK-2: 30 wrong passwords at once: at most 5 are checked; the right one sent among them is refused (423) while locked', async () => {
    const u = await createUser(t, ['CASHIER']);
    const held = holdPasswordChecks();
    try {
      let answered = 0;
      const wrong = Array.from({ length: 30 }, (_, i) =>
        attempt(u.username, `Wrong-Guess-${i}-Xy!`).then((r) => {
          answered++;
          return r;
        }),
      );
      // Five checks under way, the other 25 already refused without one.
      await until(() => held.checks === 5 && answered === 25);
      const right = await attempt(u.username, u.password);
      expect(right.status).toBe(423);
      expect(right.body.error.code).toBe('ACCOUNT_LOCKED');
      held.release();
      const statuses = (await Promise.all(wrong)).map((r) => r.status).sort();
      expect(held.checks).toBe(5);
      expect(statuses).toEqual([...Array(4).fill(401), ...Array(26).fill(423)]);
    } finally {
      held.release();
      held.restore();
    }
    expect((await attempt(u.username, u.password)).status).toBe(423);
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_id = ${u.id} and action = 'auth.lockout'`,
    );
    expect(audit).toHaveLength(1);
  });

  it('AUTH-LOCK-2: 29 wrong passwords and the right one sent at once: at most 5 checks, and no sign-in', async () => {
    const u = await createUser(t, ['CASHIER']);
    const spy = vi.spyOn(argon2, 'verify');
    try {
      const sent = [
        ...Array.from({ length: 29 }, (_, i) => attempt(u.username, `Wrong-Guess-${i}-Xy!`)),
        attempt(u.username, u.password),
      ];
      const statuses = (await Promise.all(sent)).map((r) => r.status);
      expect(spy.mock.calls.length).toBeLessThanOrEqual(5);
      expect(statuses).not.toContain(200);
      expect(statuses.at(-1)).toBe(423);
    } finally {
      spy.mockRestore();
    }
  });

  it("an MFA sign-in's first step (right password, no code yet) gives its count back", async () => {
    const u = await loginAs(t, 'ADMIN');
    const setup = await t.api.post<{ secret: string }>('/api/v1/auth/mfa/setup', undefined, {
      token: u.token,
    });
    const code = currentTotp(setup.body.secret, t.clock());
    expect((await t.api.post('/api/v1/auth/mfa/verify', { code }, { token: u.token })).status).toBe(200);
    expect(await fail(u.username, 4)).toEqual([401, 401, 401, 401]);
    for (let i = 0; i < 3; i++) {
      const firstStep = await attempt(u.username, u.password);
      expect(firstStep.body.error.code).toBe('MFA_REQUIRED');
    }
    expect((await attempt(u.username, 'Wrong-Again-Xy!9')).status).toBe(423);
  });
});
