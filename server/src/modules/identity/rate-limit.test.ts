import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  createUser,
  loginAs,
  type TestApp,
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

describe('per-IP rate limits', () => {
  it('sign-in: 5 a minute, answered with 429, Retry-After and a JSON error; the next minute is open', async () => {
    nextHour();
    const ip = uniqueIp();
    expect(await statuses(5, badLogin(ip))).toEqual(times(5, 401));
    const over = await t.api.post<Err>('/api/v1/auth/login', { username: 'a', password: 'b' }, { ip });
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe('RATE_LIMITED');
    expect(over.headers['retry-after']).toBe('60');
    expect(over.headers['content-type']).toMatch(/application\/json/);
    // Another address is not affected.
    expect((await badLogin(uniqueIp())(0)).status).toBe(401);
    t.clock.advance(60);
    expect((await badLogin(ip)(99)).status).toBe(401);
  });

  it('sign-in: 20 an hour, reset at the next hour', { timeout: 60_000 }, async () => {
    nextHour();
    const ip = uniqueIp();
    for (let minute = 0; minute < 4; minute++) {
      expect(await statuses(5, (i) => badLogin(ip)(minute * 5 + i))).toEqual(times(5, 401));
      t.clock.advance(60);
    }
    const over = await t.api.post<Err>('/api/v1/auth/login', { username: 'a', password: 'b' }, { ip });
    expect(over.status).toBe(429);
    // Four minutes into the hour: the hour window is the one that refuses.
    expect(over.headers['retry-after']).toBe(String(3600 - 240));
    t.clock.advance(3600 - 240);
    expect((await badLogin(ip)(100)).status).toBe(401);
  });

  it('a successful response carries RateLimit-Remaining and RateLimit-Reset', async () => {
    const u = await createUser(t, ['NURSE']);
    const ip = uniqueIp();
    const res = await t.api.post(
      '/api/v1/auth/login',
      { username: u.username, password: u.password },
      { ip },
    );
    expect(res.status).toBe(200);
    expect(res.headers['ratelimit-remaining']).toBe('4');
    expect(Number(res.headers['ratelimit-reset'])).toBeGreaterThan(0);
    expect(Number(res.headers['ratelimit-reset'])).toBeLessThanOrEqual(60);
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

  it('MFA verification: 5 a minute, counting codes sent with a sign-in too', async () => {
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

  it('share the sign-in rate limit', async () => {
    const ip = uniqueIp();
    const on = (app: TestApp, i: number) =>
      app.api.post(
        '/api/v1/auth/login',
        { username: `x-${ip}-${i}`, password: 'Wrong-Password-Xy1!' },
        { ip },
      );
    const seen = await statuses(5, (i) => on(i % 2 === 0 ? t : b, i));
    expect(seen).toEqual(times(5, 401));
    expect((await on(b, 6)).status).toBe(429);
    expect((await on(t, 7)).status).toBe(429);
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
