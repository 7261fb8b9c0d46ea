import argon2 from 'argon2';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createTestApp,
  createUser,
  loginAs,
  type TestApp,
  type TestUser,
  testClock,
  uniqueIp,
} from '../../../test/test-app';
import { ENGINE } from '../../../test/test-database';
import { openPostgres } from '../../db/open-postgres';

// Windows are fixed and aligned, so the clock starts on the hour: the figures below are exact.
const START = new Date('2026-03-02T08:00:00.000Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: testClock(START) });
});
afterAll(() => t.close());

type Err = { error: { code: string; details?: { retryAfterSeconds: number } } };

async function statuses(n: number, send: (i: number) => Promise<{ status: number }>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await send(i)).status);
  return out;
}
const times = (n: number, status: number) => Array.from({ length: n }, () => status);

/** Moves the clock to the start of the next hour, so every window of a test starts fresh and aligned. */
function nextHour(): void {
  const now = t.clock().getTime();
  t.clock.advance((Math.floor(now / 3_600_000) + 1) * 3_600 - now / 1000);
}

/** A wrong sign-in under a different name each time, so no account lockout gets involved. */
const badLogin = (ip: string) => (i: number) =>
  t.api.post(
    '/api/v1/auth/login',
    { username: `someone-${ip}-${i}`, password: 'Wrong-Password-Xy1!' },
    { ip },
  );

/** Signs in as each user, from one address; the statuses in order. */
/** Each user signs in once, in turn, spread over the given instances; four sign-ins a second. */
async function signInOneByOne(apps: TestApp[], users: TestUser[], ip: string): Promise<number[]> {
  const seen: number[] = [];
  for (const [i, u] of users.entries()) {
    const app = apps[i % apps.length] ?? t;
    const res = await app.api.post(
      '/api/v1/auth/login',
      { username: u.username, password: u.password },
      { ip },
    );
    seen.push(res.status);
    if (i % 4 === 3) t.clock.advance(1);
  }
  return seen;
}

const signInAll = (app: TestApp, users: TestUser[], ip: string) =>
  Promise.all(
    users.map((u) =>
      app.api.post('/api/v1/auth/login', { username: u.username, password: u.password }, { ip }),
    ),
  ).then((all) => all.map((r) => r.status));

describe('per-IP rate limits', () => {
  it('AUTH-RATE-2: 30 failed sign-ins per 15 minutes from one address; then 429 with Retry-After and a JSON error; the next window is open', {
    timeout: 60_000,
  }, async () => {
    nextHour();
    const ip = uniqueIp();
    expect(await statuses(30, badLogin(ip))).toEqual(times(30, 401));
    t.clock.advance(60);
    const over = await t.api.post<Err>('/api/v1/auth/login', { username: 'a.b.c', password: 'b' }, { ip });
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe('RATE_LIMITED');
    expect(over.headers['retry-after']).toBe(String(900 - 60));
    expect(over.body.error.details?.retryAfterSeconds).toBe(900 - 60);
    expect(over.headers['content-type']).toMatch(/application\/json/);
    // Another address is not affected.
    expect((await badLogin(uniqueIp())(0)).status).toBe(401);
    t.clock.advance(900 - 60);
    expect((await badLogin(ip)(99)).status).toBe(401);
  });

  it('AUTH-RATE-1: 40 staff sign in from one address within a minute, then the address still has all 30 failures left', {
    timeout: 120_000,
  }, async () => {
    nextHour();
    const ip = uniqueIp();
    const staff = await Promise.all(Array.from({ length: 40 }, () => createUser(t, ['NURSE'])));
    expect(await signInOneByOne([t], staff, ip)).toEqual(times(40, 200));
    // Successes took nothing from the failure limit.
    expect(await statuses(30, badLogin(ip))).toEqual(times(30, 401));
    expect((await badLogin(ip)(31)).status).toBe(429);
  });

  it('AUTH-RATE-1: 40 sign-ins sent at once from one address all succeed (attempts beyond the free places wait, not fail)', {
    timeout: 120_000,
  }, async () => {
    nextHour();
    const staff = await Promise.all(Array.from({ length: 40 }, () => createUser(t, ['NURSE'])));
    expect(await signInAll(t, staff, uniqueIp())).toEqual(times(40, 200));
  });

  it('AUTH-RATE-2: 50 failed sign-ins sent at once from one address: 30 are checked, 20 refused with 429', {
    timeout: 60_000,
  }, async () => {
    nextHour();
    const ip = uniqueIp();
    const all = await Promise.all(Array.from({ length: 50 }, (_, i) => badLogin(ip)(i)));
    const codes = all.map((r) => r.status);
    expect(codes.filter((c) => c === 401)).toHaveLength(30);
    expect(codes.filter((c) => c === 429)).toHaveLength(20);
  });

  it('AUTH-RATE-3: every sign-in attempt from one address, failed or not, is held to a ceiling of 600 per 15 minutes', {
    timeout: 120_000,
  }, async () => {
    nextHour();
    const ip = uniqueIp();
    // An invalid body still counts: the ceiling runs before validation (and before any password check).
    const invalid = () => t.api.post('/api/v1/auth/login', {}, { ip });
    expect(await statuses(600, invalid)).toEqual(times(600, 400));
    const over = await invalid();
    expect(over.status).toBe(429);
    expect(over.headers['retry-after']).toBe('900');
    t.clock.advance(900);
    expect((await invalid()).status).toBe(400);
  });

  it('a successful response carries RateLimit-Remaining and RateLimit-Reset of the ceiling', async () => {
    nextHour();
    const u = await createUser(t, ['NURSE']);
    const ip = uniqueIp();
    const res = await t.api.post(
      '/api/v1/auth/login',
      { username: u.username, password: u.password },
      { ip },
    );
    expect(res.status).toBe(200);
    expect(res.headers['ratelimit-remaining']).toBe('599');
    expect(res.headers['ratelimit-reset']).toBe('900');
  });

  it('password changes: 5 a minute per account, wherever they come from; other accounts on the address are not held up', async () => {
    nextHour();
    const [u, colleague] = [await loginAs(t, 'NURSE'), await loginAs(t, 'NURSE')];
    const ip = uniqueIp();
    const change = (who: typeof u, from: string) =>
      t.api.post(
        '/api/v1/auth/password',
        { currentPassword: 'Not-My-Password-91!', newPassword: 'Amber-Falcon-Meadow-73' },
        { token: who.token, ip: from },
      );
    expect(await statuses(5, () => change(u, uniqueIp()))).toEqual(times(5, 400));
    expect((await change(u, uniqueIp())).status).toBe(429);
    expect(await statuses(5, () => change(colleague, ip))).toEqual(times(5, 400));
    t.clock.advance(60);
    expect((await change(u, ip)).status).toBe(400);
  });

  it('refresh: 30 a minute and 200 an hour', { timeout: 60_000 }, async () => {
    nextHour();
    const ip = uniqueIp();
    const refresh = () => t.api.post('/api/v1/auth/refresh', { refreshToken: 'not-a-real-token' }, { ip });
    expect(await statuses(30, refresh)).toEqual(times(30, 401));
    expect((await refresh()).status).toBe(429);
    t.clock.advance(60);
    // 31 used this hour; 169 more are allowed over the next minutes, then the hour is spent.
    let left = 169;
    while (left > 0) {
      const batch = Math.min(30, left);
      expect(await statuses(batch, refresh)).toEqual(times(batch, 401));
      left -= batch;
      t.clock.advance(60);
    }
    const over = await refresh();
    expect(over.status).toBe(429);
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(60);
    t.clock.advance(3600);
    expect((await refresh()).status).toBe(401);
  });

  it('register: 3 a minute and 10 an hour', async () => {
    nextHour();
    const ip = uniqueIp();
    // An invalid body still counts: the limit runs before validation.
    const register = () => t.api.post('/api/v1/auth/register', {}, { ip });
    expect(await statuses(3, register)).toEqual(times(3, 400));
    expect((await register()).status).toBe(429);
    t.clock.advance(60);
    expect(await statuses(3, register)).toEqual(times(3, 400));
    t.clock.advance(60);
    expect(await statuses(3, register)).toEqual(times(3, 400));
    t.clock.advance(60);
    // 9 allowed (plus one refused) this hour: the hour's 10 are spent.
    expect((await register()).status).toBe(429);
    t.clock.advance(3600);
    expect((await register()).status).toBe(400);
  });

  it('MFA verification: 5 a minute; a sign-in sent with a code is not an MFA check against that limit', async () => {
    nextHour();
    const u = await loginAs(t, 'DOCTOR');
    const ip = uniqueIp();
    const verify = () => t.api.post('/api/v1/auth/mfa/verify', { code: '000000' }, { token: u.token, ip });
    expect(await statuses(4, verify)).toEqual(times(4, 409));
    const withCode = await t.api.post(
      '/api/v1/auth/login',
      { username: u.username, password: u.password, totp: '123456' },
      { ip },
    );
    expect(withCode.status).toBe(200);
    expect((await verify()).status).toBe(409);
    expect((await verify()).status).toBe(429);
    t.clock.advance(60);
    expect((await verify()).status).toBe(409);
  });
});

describe.runIf(ENGINE === 'postgres')('two app instances on one PostgreSQL database', () => {
  let b: TestApp;
  let closeB: () => Promise<void>;
  beforeAll(async () => {
    const url = t.database.url ?? '';
    // A separate pool: as separate as two processes, as far as the database can tell.
    const database = await openPostgres({ url, sslMode: 'disable', poolMax: 4 });
    b = await createTestApp({ database, clock: t.clock });
    closeB = async () => {
      await b.close();
      await database.close();
    };
  });
  afterAll(() => closeB());

  it('AUTH-RATE-1: 40 different accounts sign in from one address within a minute on two instances: all 200', {
    timeout: 120_000,
  }, async () => {
    nextHour();
    const ip = uniqueIp();
    const staff = await Promise.all(Array.from({ length: 40 }, () => createUser(t, ['RECEPTIONIST'])));
    expect(await signInOneByOne([t, b], staff, ip)).toEqual(times(40, 200));
    // And at once, half on each instance.
    const more = await Promise.all(Array.from({ length: 40 }, () => createUser(t, ['CASHIER'])));
    const [onA, onB] = await Promise.all([
      signInAll(t, more.slice(0, 20), ip),
      signInAll(b, more.slice(20), ip),
    ]);
    expect([...onA, ...onB]).toEqual(times(40, 200));
  });

  it('AUTH-RATE-2: 50 failed attempts from one address on two instances are refused (429) before the 50th', {
    timeout: 120_000,
  }, async () => {
    nextHour();
    const ip = uniqueIp();
    const on = (app: TestApp, i: number) =>
      app.api.post(
        '/api/v1/auth/login',
        { username: `x-${ip}-${i}`, password: 'Wrong-Password-Xy1!' },
        { ip },
      );
    const seen = await statuses(50, (i) => on(i % 2 === 0 ? t : b, i));
    expect(seen.slice(0, 30)).toEqual(times(30, 401));
    expect(seen.slice(30)).toEqual(times(20, 429));
    // Sent at once from a second address, half on each instance: still only 30 are checked.
    const ip2 = uniqueIp();
    const burst = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        (i % 2 === 0 ? t : b).api.post(
          '/api/v1/auth/login',
          { username: `y-${ip2}-${i}`, password: 'Wrong-Password-Xy1!' },
          { ip: ip2 },
        ),
      ),
    );
    expect(burst.filter((r) => r.status === 401)).toHaveLength(30);
    expect(burst.filter((r) => r.status === 429)).toHaveLength(20);
  });

  it('share the account lockout', async () => {
    const u = await createUser(t, ['CASHIER']);
    const on = (app: TestApp, password: string) =>
      app.api.post('/api/v1/auth/login', { username: u.username, password }, { ip: uniqueIp() });
    const seen = await statuses(5, (i) => on(i % 2 === 0 ? t : b, `Wrong-${i}-Password!`));
    expect(seen).toEqual([401, 401, 401, 401, 423]);
    expect((await on(b, u.password)).status).toBe(423);
    expect((await on(t, u.password)).status).toBe(423);
  });

  it('AUTH-LOCK-2: 30 wrong passwords at once on both instances and the right one: at most 5 checks, no sign-in', async () => {
    const u = await createUser(t, ['CASHIER']);
    const checks = vi.spyOn(argon2, 'verify');
    try {
      const on = (i: number, password: string) =>
        (i % 2 === 0 ? t : b).api.post(
          '/api/v1/auth/login',
          { username: u.username, password },
          { ip: uniqueIp() },
        );
      const sent = [
        ...Array.from({ length: 30 }, (_, i) => on(i, `Wrong-${i}-Password!`)),
        on(31, u.password),
      ];
      const seen = (await Promise.all(sent)).map((r) => r.status);
      expect(checks.mock.calls.length).toBeLessThanOrEqual(5);
      expect(seen.filter((s) => s === 401).length).toBeLessThanOrEqual(4);
      expect(seen).not.toContain(200);
      expect(seen.at(-1)).toBe(423);
    } finally {
      checks.mockRestore();
    }
  });

  it('count concurrent attempts exactly (atomic upsert, no lost updates)', async () => {
    const ip = uniqueIp();
    const all = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 === 0 ? t : b).api.post('/api/v1/auth/register', {}, { ip }),
      ),
    );
    const codes = all.map((r) => r.status).sort();
    expect(codes.filter((c) => c === 400)).toHaveLength(3);
    expect(codes.filter((c) => c === 429)).toHaveLength(9);
  });
});
