import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  createUser,
  loginAs,
  TEST_PASSWORD,
  type TestApp,
  uniqueIp,
} from '../../../test/test-app';
import { queryRows } from '../../db/rows';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Session {
  accessToken: string;
  refreshToken?: string;
  accessTokenExpiresIn: number;
  user: { id: string; roles: string[]; mustChangePassword: boolean };
}
type Err = { error: { code: string; message: string; details?: unknown } };

const login = (username: string, password: string, extra: Record<string, unknown> = {}, ip = uniqueIp()) =>
  t.api.post<Session & Err>('/api/v1/auth/login', { username, password, ...extra }, { ip });

async function auditActions(
  userId: string,
): Promise<{ action: string; outcome: string; metadata: unknown }[]> {
  return queryRows(
    t.database.db,
    sql`select action, outcome, metadata from audit_log where entity_id = ${userId} order by id`,
  );
}

describe('sign-in', () => {
  it('returns an access token, a refresh token and the user; /me answers with the token', async () => {
    const u = await createUser(t, ['DOCTOR', 'NURSE']);
    const res = await login(u.username.toUpperCase(), u.password);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.accessTokenExpiresIn).toBe(900);
    expect(res.body.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.body.user).toMatchObject({ id: u.id, roles: ['DOCTOR', 'NURSE'], mustChangePassword: false });
    const me = await t.api.get<{ id: string; username: string }>('/api/v1/auth/me', {
      token: res.body.accessToken,
    });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: u.id, username: u.username, roles: ['DOCTOR', 'NURSE'] });
    const audit = await auditActions(u.id);
    expect(audit).toContainEqual(expect.objectContaining({ action: 'auth.login', outcome: 'SUCCESS' }));
  });

  it('gives the same 401 for an unknown user and a wrong password, and never stores the typed name', async () => {
    const u = await createUser(t, ['NURSE']);
    const wrong = await login(u.username, 'Not-The-Password-99');
    const unknown = await login('nobody-by-this-name', TEST_PASSWORD);
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    const [row] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'auth.login' and metadata->>'reason' = 'UNKNOWN_USER'`,
    );
    expect(row?.n).toBeGreaterThanOrEqual(1);
    const dump = await queryRows<{ s: string }>(
      t.database.db,
      sql`select string_agg(metadata::text || coalesce(entity_id, ''), ' ') as s from audit_log`,
    );
    expect(dump[0]?.s).not.toContain('nobody-by-this-name');
    expect(dump[0]?.s).not.toContain('Not-The-Password');
  });

  it('takes about as long for an unknown user as for a wrong password (a dummy hash is verified)', async () => {
    const u = await createUser(t, ['NURSE']);
    const time = async (username: string) => {
      const start = performance.now();
      await login(username, 'Wrong-Password-Entirely-1');
      return performance.now() - start;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await time(u.username));
      unknown.push(await time(`ghost-${i}-${u.username}`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    // Without the dummy verification an unknown user answers in ~1 ms against ~15 ms or more.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });

  it('refuses a deactivated account with the same 401', async () => {
    const u = await createUser(t, ['NURSE']);
    await t.database.db.execute(sql`update users set active = false where id = ${u.id}`);
    const res = await login(u.username, u.password);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_CREDENTIALS');
  });

  it('validates the body before anything else', async () => {
    const res = await t.api.post<Err>('/api/v1/auth/login', { username: 'x' }, { ip: uniqueIp() });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('refuses tampered, foreign and expired access tokens', async () => {
    const u = await loginAs(t, 'NURSE');
    const [h, p, s] = u.token.split('.');
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p ?? '', 'base64url').toString()), roles: ['ADMIN'] })).toString('base64url')}.${s}`;
    expect((await t.api.get('/api/v1/auth/me', { token: tampered })).status).toBe(401);
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${p}.`;
    expect((await t.api.get('/api/v1/auth/me', { token: none })).status).toBe(401);
    expect((await t.api.get('/api/v1/auth/me', { token: u.token })).status).toBe(200);
    t.clock.advance(15 * 60 + 1);
    try {
      const expired = await t.api.get<Err>('/api/v1/auth/me', { token: u.token });
      expect(expired.status).toBe(401);
      expect(expired.body.error.code).toBe('NOT_AUTHENTICATED');
    } finally {
      t.clock.advance(-(15 * 60 + 1));
    }
  });
});

describe('refresh tokens', () => {
  const refresh = (refreshToken: string, ip = uniqueIp()) =>
    t.api.post<Session & Err>('/api/v1/auth/refresh', { refreshToken }, { ip });

  it('rotate on every use: the new pair works and the old refresh token is dead', async () => {
    const u = await loginAs(t, 'CASHIER');
    const first = await refresh(u.refreshToken);
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(u.refreshToken);
    expect((await t.api.get('/api/v1/auth/me', { token: first.body.accessToken })).status).toBe(200);
    const second = await refresh(first.body.refreshToken ?? '');
    expect(second.status).toBe(200);
  });

  it('treat a reused token as theft: the whole family dies, access tokens too, and it is audited', async () => {
    const u = await loginAs(t, 'CASHIER');
    const next = await refresh(u.refreshToken);
    expect(next.status).toBe(200);
    const reuse = await refresh(u.refreshToken);
    expect(reuse.status).toBe(401);
    expect(reuse.body.error.code).toBe('NOT_AUTHENTICATED');
    // The legitimate holder's newer token and access token are revoked with the family.
    expect((await refresh(next.body.refreshToken ?? '')).status).toBe(401);
    expect((await t.api.get('/api/v1/auth/me', { token: next.body.accessToken })).status).toBe(401);
    const audit = await auditActions(u.id);
    expect(audit).toContainEqual(
      expect.objectContaining({ action: 'auth.refresh.reuse', outcome: 'DENIED' }),
    );
  });

  it('leave other sign-ins of the same user alone when one family is revoked', async () => {
    const u = await loginAs(t, 'NURSE');
    const other = await login(u.username, u.password);
    await refresh(u.refreshToken);
    await refresh(u.refreshToken);
    expect((await t.api.get('/api/v1/auth/me', { token: other.body.accessToken })).status).toBe(200);
    expect((await refresh(other.body.refreshToken ?? '')).status).toBe(200);
  });

  it('let only one of two concurrent uses of one token succeed; the other counts as reuse', async () => {
    const u = await loginAs(t, 'CASHIER');
    const [x, y] = await Promise.all([refresh(u.refreshToken), refresh(u.refreshToken)]);
    expect([x.status, y.status].sort()).toEqual([200, 401]);
    const winner = x.status === 200 ? x : y;
    // The loser looked like a thief, so the family is gone, the winner's new token with it.
    expect((await refresh(winner.body.refreshToken ?? '')).status).toBe(401);
  });

  it('expire after 7 days', async () => {
    const u = await loginAs(t, 'NURSE');
    t.clock.advance(7 * 86400 + 1);
    try {
      expect((await refresh(u.refreshToken)).status).toBe(401);
    } finally {
      t.clock.advance(-(7 * 86400 + 1));
    }
  });

  it('refuse an unknown token and a missing one with 401', async () => {
    expect((await refresh('x'.repeat(43))).status).toBe(401);
    const none = await t.api.post<Err>('/api/v1/auth/refresh', {}, { ip: uniqueIp() });
    expect(none.status).toBe(401);
  });
});

describe('logout', () => {
  it('revokes the refresh token and ends the access token of that session at once', async () => {
    const u = await loginAs(t, 'PHARMACIST');
    const out = await t.api.post('/api/v1/auth/logout', { refreshToken: u.refreshToken }, { token: u.token });
    expect(out.status).toBe(204);
    expect((await t.api.get('/api/v1/auth/me', { token: u.token })).status).toBe(401);
    const r = await t.api.post('/api/v1/auth/refresh', { refreshToken: u.refreshToken }, { ip: uniqueIp() });
    expect(r.status).toBe(401);
    expect(await auditActions(u.id)).toContainEqual(expect.objectContaining({ action: 'auth.logout' }));
  });

  it('needs a signed-in caller', async () => {
    expect((await t.api.post('/api/v1/auth/logout', {})).status).toBe(401);
  });
});

describe('the web app cookie', () => {
  function cookies(res: { headers: Record<string, unknown> }): string[] {
    const raw = res.headers['set-cookie'];
    return Array.isArray(raw) ? raw.map(String) : raw ? [String(raw)] : [];
  }
  const value = (all: string[], name: string) =>
    all
      .find((c) => c.startsWith(`${name}=`))
      ?.split(';')[0]
      ?.slice(name.length + 1) ?? '';

  it('carries the refresh token httpOnly, SameSite=Strict, on the refresh path only, never in the body', async () => {
    const u = await createUser(t, ['DOCTOR']);
    const res = await login(u.username, u.password, { useCookie: true });
    expect(res.status).toBe(200);
    expect(res.body.refreshToken).toBeUndefined();
    const set = cookies(res);
    const refreshCookie = set.find((c) => c.startsWith('emr_refresh='));
    expect(refreshCookie).toMatch(/HttpOnly/i);
    expect(refreshCookie).toMatch(/SameSite=Strict/i);
    expect(refreshCookie).toMatch(/Path=\/api\/v1\/auth\/refresh/);
    expect(refreshCookie).not.toMatch(/Secure/); // not production; production adds Secure (below)
    const csrf = set.find((c) => c.startsWith('emr_csrf='));
    expect(csrf).not.toMatch(/HttpOnly/i);
  });

  it('refreshes with the cookie only when the CSRF header matches, and rotates both', async () => {
    const u = await createUser(t, ['DOCTOR']);
    const res = await login(u.username, u.password, { useCookie: true });
    const set = cookies(res);
    const cookieHeader = `emr_refresh=${value(set, 'emr_refresh')}; emr_csrf=${value(set, 'emr_csrf')}`;
    const forged = await t.api.post<Err>('/api/v1/auth/refresh', undefined, {
      headers: { cookie: cookieHeader },
      ip: uniqueIp(),
    });
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe('CSRF_REJECTED');
    const wrong = await t.api.post<Err>('/api/v1/auth/refresh', undefined, {
      headers: { cookie: cookieHeader, 'x-csrf-token': 'guess' },
      ip: uniqueIp(),
    });
    expect(wrong.status).toBe(403);
    const ok = await t.api.post<Session>('/api/v1/auth/refresh', undefined, {
      headers: { cookie: cookieHeader, 'x-csrf-token': value(set, 'emr_csrf') },
      ip: uniqueIp(),
    });
    expect(ok.status).toBe(200);
    expect(ok.body.refreshToken).toBeUndefined();
    expect(value(cookies(ok), 'emr_refresh')).not.toBe(value(set, 'emr_refresh'));
    expect((await t.api.get('/api/v1/auth/me', { token: ok.body.accessToken })).status).toBe(200);
  });

  it('is Secure in production', async () => {
    const prod = await createTestApp({
      database: t.database,
      env: {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://u@h/x',
        SEED_DEMO: 'false',
        MFA_REQUIRED_ROLES: 'none',
      },
    });
    try {
      const u = await createUser(t, ['DOCTOR']);
      const res = await prod.api.post('/api/v1/auth/login', {
        username: u.username,
        password: u.password,
        useCookie: true,
      });
      expect(cookies(res).find((c) => c.startsWith('emr_refresh='))).toMatch(/Secure/);
    } finally {
      await prod.close();
    }
  });
});

describe('temporary password', () => {
  it('allows only "me" and "change password" until it is changed', async () => {
    const u = await loginAs(t, 'RECEPTIONIST', { mustChangePassword: true });
    const me = await t.api.get<{ mustChangePassword: boolean }>('/api/v1/auth/me', { token: u.token });
    expect(me.status).toBe(200);
    expect(me.body.mustChangePassword).toBe(true);
    const blocked = await t.api.get<Err>('/api/v1/settings', { token: u.token });
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');

    const changed = await t.api.post<Session>(
      '/api/v1/auth/password',
      { currentPassword: u.password, newPassword: 'Amber-Kettle-Orchard-77' },
      { token: u.token, ip: uniqueIp() },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.user.mustChangePassword).toBe(false);
    expect((await t.api.get('/api/v1/settings', { token: changed.body.accessToken })).status).toBe(200);
  });
});

describe('changing a password', () => {
  it('revokes every refresh token and access token of the user, and keeps this device signed in', async () => {
    const u = await loginAs(t, 'LAB_TECH');
    const other = await login(u.username, u.password);
    const res = await t.api.post<Session>(
      '/api/v1/auth/password',
      { currentPassword: u.password, newPassword: 'Violet-Canyon-Mosaic-58' },
      { token: u.token, ip: uniqueIp() },
    );
    expect(res.status).toBe(200);
    for (const old of [u.refreshToken, other.body.refreshToken ?? '']) {
      expect(
        (await t.api.post('/api/v1/auth/refresh', { refreshToken: old }, { ip: uniqueIp() })).status,
      ).toBe(401);
    }
    expect((await t.api.get('/api/v1/auth/me', { token: u.token })).status).toBe(401);
    expect((await t.api.get('/api/v1/auth/me', { token: other.body.accessToken })).status).toBe(401);
    expect((await t.api.get('/api/v1/auth/me', { token: res.body.accessToken })).status).toBe(200);
    expect((await login(u.username, 'Violet-Canyon-Mosaic-58')).status).toBe(200);
    expect((await login(u.username, u.password)).status).toBe(401);
    expect(await auditActions(u.id)).toContainEqual(
      expect.objectContaining({ action: 'auth.password.change', outcome: 'SUCCESS' }),
    );
  });

  it('needs the current password', async () => {
    const u = await loginAs(t, 'LAB_TECH');
    const res = await t.api.post<Err & { error: { details: { path: string }[] } }>(
      '/api/v1/auth/password',
      { currentPassword: 'Not-My-Password-1', newPassword: 'Violet-Canyon-Mosaic-58' },
      { token: u.token, ip: uniqueIp() },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d) => d.path)).toEqual(['body.currentPassword']);
  });

  it.each([
    ['short', 'Ab1!short', 'at least 12'],
    ['without a symbol', 'Abcdefgh12345', 'symbol'],
    ['without an upper-case letter', 'abcdefgh-12345', 'upper-case'],
    ['a common password', 'P@ssw0rd1234', 'too easy|common'],
    ['weak by the estimator', 'Password123!', 'too easy|common'],
  ])('refuses a %s password with the reason', async (_label, newPassword, reason) => {
    const u = await loginAs(t, 'NURSE');
    const res = await t.api.post<{ error: { code: string; details: { path: string; message: string }[] } }>(
      '/api/v1/auth/password',
      { currentPassword: u.password, newPassword },
      { token: u.token, ip: uniqueIp() },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.every((d) => d.path === 'body.newPassword')).toBe(true);
    expect(res.body.error.details.map((d) => d.message).join(' ')).toMatch(new RegExp(reason));
  });

  it('refuses a password that contains the username', async () => {
    const u = await loginAs(t, 'NURSE', { username: 'okonkwo' });
    const res = await t.api.post<{ error: { details: { message: string }[] } }>(
      '/api/v1/auth/password',
      { currentPassword: u.password, newPassword: 'Zebra-OKONKWO-Tulip-93' },
      { token: u.token, ip: uniqueIp() },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d) => d.message)).toContain('must not contain the username');
  });
});

describe('changes take effect on the next request', () => {
  it('deactivation ends access at once, not after 15 minutes', async () => {
    const admin = await loginAs(t, 'ADMIN');
    const u = await loginAs(t, 'NURSE');
    expect((await t.api.get('/api/v1/settings', { token: u.token })).status).toBe(200);
    const off = await t.api.patch(`/api/v1/users/${u.id}`, { active: false }, { token: admin.token });
    expect(off.status).toBe(200);
    expect((await t.api.get('/api/v1/settings', { token: u.token })).status).toBe(401);
    expect(
      (await t.api.post('/api/v1/auth/refresh', { refreshToken: u.refreshToken }, { ip: uniqueIp() })).status,
    ).toBe(401);
  });

  it('a role change applies at once', async () => {
    const admin = await loginAs(t, 'ADMIN');
    const u = await loginAs(t, 'NURSE');
    expect(
      (await t.api.patch('/api/v1/settings', { clinicName: 'X Clinic' }, { token: u.token })).status,
    ).toBe(403);
    await t.api.patch(`/api/v1/users/${u.id}`, { roles: ['NURSE', 'ADMIN'] }, { token: admin.token });
    expect(
      (await t.api.patch('/api/v1/settings', { clinicName: 'X Clinic' }, { token: u.token })).status,
    ).toBe(200);
    await t.api.patch(`/api/v1/users/${u.id}`, { roles: ['NURSE'] }, { token: admin.token });
    expect(
      (await t.api.patch('/api/v1/settings', { clinicName: 'Y Clinic' }, { token: u.token })).status,
    ).toBe(403);
  });
});
