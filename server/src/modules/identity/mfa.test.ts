import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type LoggedIn, loginAs, type TestApp, uniqueIp } from '../../../test/test-app';
import { queryRows } from '../../db/rows';
import { currentTotp } from './totp';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Err = { error: { code: string } };
interface Session {
  accessToken: string;
  refreshToken: string;
  user: { mfaEnabled: boolean; mfaEnrolmentRequired: boolean };
}

const login = (u: { username: string; password: string }, extra: Record<string, string> = {}) =>
  t.api.post<Session & Err>(
    '/api/v1/auth/login',
    { username: u.username, password: u.password, ...extra },
    { ip: uniqueIp() },
  );

/** Enrols the user over HTTP; returns the secret (as the authenticator app would hold it) and recovery codes. */
async function enrol(u: LoggedIn): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await t.api.post<{ secret: string; otpauthUri: string; qrCodeDataUrl: string }>(
    '/api/v1/auth/mfa/setup',
    undefined,
    { token: u.token },
  );
  expect(setup.status).toBe(200);
  const verify = await t.api.post<{ recoveryCodes: string[] }>(
    '/api/v1/auth/mfa/verify',
    { code: currentTotp(setup.body.secret, t.clock()) },
    { token: u.token, ip: uniqueIp() },
  );
  expect(verify.status).toBe(200);
  // The code just used cannot be used again to sign in; move to the next 30-second step.
  t.clock.advance(30);
  return { secret: setup.body.secret, recoveryCodes: verify.body.recoveryCodes };
}

describe('TOTP enrolment', () => {
  it('returns a provisioning URI and a QR code, and keeps the secret sealed in the database', async () => {
    const u = await loginAs(t, 'DOCTOR');
    const res = await t.api.post<{ secret: string; otpauthUri: string; qrCodeDataUrl: string }>(
      '/api/v1/auth/mfa/setup',
      undefined,
      { token: u.token },
    );
    expect(res.status).toBe(200);
    expect(res.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Modern%20EMR:.+\?.*secret=[A-Z2-7]+/);
    expect(res.body.otpauthUri).toContain(`secret=${res.body.secret}`);
    expect(res.body.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const [row] = await queryRows<{ mfa_pending_secret: string; mfa_enabled: boolean }>(
      t.database.db,
      sql`select mfa_pending_secret, mfa_enabled from users where id = ${u.id}`,
    );
    expect(row?.mfa_enabled).toBe(false);
    expect(row?.mfa_pending_secret).not.toContain(res.body.secret);
  });

  it('is switched on only by a valid code, and gives ten recovery codes', async () => {
    const u = await loginAs(t, 'DOCTOR');
    const setup = await t.api.post<{ secret: string }>('/api/v1/auth/mfa/setup', undefined, {
      token: u.token,
    });
    const bad = await t.api.post<Err>(
      '/api/v1/auth/mfa/verify',
      { code: '000000' },
      { token: u.token, ip: uniqueIp() },
    );
    expect(bad.status).toBe(400);
    const good = await t.api.post<{ recoveryCodes: string[] }>(
      '/api/v1/auth/mfa/verify',
      { code: currentTotp(setup.body.secret, t.clock()) },
      { token: u.token, ip: uniqueIp() },
    );
    expect(good.status).toBe(200);
    expect(good.body.recoveryCodes).toHaveLength(10);
    expect(new Set(good.body.recoveryCodes).size).toBe(10);
    const stored = await queryRows<{ code_hash: string }>(
      t.database.db,
      sql`select code_hash from mfa_recovery_codes where user_id = ${u.id}`,
    );
    expect(stored).toHaveLength(10);
    for (const c of good.body.recoveryCodes) expect(stored.map((s) => s.code_hash)).not.toContain(c);
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_id = ${u.id} and action = 'auth.mfa.enrol' and outcome = 'SUCCESS'`,
    );
    expect(audit).toHaveLength(1);
  });
});

describe('signing in with MFA', () => {
  it('answers 401 MFA_REQUIRED without a code or with a wrong one, and 200 with a valid one', async () => {
    const u = await loginAs(t, 'DOCTOR');
    const { secret } = await enrol(u);
    const none = await login(u);
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('MFA_REQUIRED');
    const wrong = await login(u, { totp: '000000' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('MFA_REQUIRED');
    const ok = await login(u, { totp: currentTotp(secret, t.clock()) });
    expect(ok.status).toBe(200);
    expect(ok.body.user.mfaEnabled).toBe(true);
  });

  it('refuses a code replayed within its window', async () => {
    const u = await loginAs(t, 'DOCTOR');
    const { secret } = await enrol(u);
    const code = currentTotp(secret, t.clock());
    expect((await login(u, { totp: code })).status).toBe(200);
    expect((await login(u, { totp: code })).status).toBe(401);
  });

  it('a wrong password with a right code is still just INVALID_CREDENTIALS', async () => {
    const u = await loginAs(t, 'DOCTOR');
    const { secret } = await enrol(u);
    const res = await login(
      { username: u.username, password: 'Not-It-At-All-9!' },
      { totp: currentTotp(secret, t.clock()) },
    );
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_CREDENTIALS');
  });

  it('accepts each recovery code once', async () => {
    const u = await loginAs(t, 'DOCTOR');
    const { recoveryCodes } = await enrol(u);
    const [first, second] = recoveryCodes;
    expect((await login(u, { recoveryCode: first ?? '' })).status).toBe(200);
    const again = await login(u, { recoveryCode: first ?? '' });
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('MFA_REQUIRED');
    expect((await login(u, { recoveryCode: (second ?? '').toUpperCase() })).status).toBe(200);
  });

  it('counts wrong codes towards the lockout', async () => {
    const u = await loginAs(t, 'DOCTOR');
    const { secret } = await enrol(u);
    for (let i = 0; i < 4; i++) expect((await login(u, { totp: '000000' })).status).toBe(401);
    expect((await login(u, { totp: '000000' })).status).toBe(423);
    expect((await login(u, { totp: currentTotp(secret, t.clock()) })).status).toBe(423);
  });
});

describe('MFA required by role', () => {
  it('an administrator sets the policy; an unenrolled user of that role can only enrol until they do', async () => {
    const admin = await loginAs(t, 'ADMIN');
    expect(
      (await t.api.get<{ requiredRoles: string[] }>('/api/v1/mfa-policy', { token: admin.token })).body,
    ).toEqual({
      requiredRoles: [],
    });
    const set = await t.api.request(
      'PUT',
      '/api/v1/mfa-policy',
      { requiredRoles: ['CASHIER'] },
      { token: admin.token },
    );
    expect(set.status).toBe(200);
    try {
      const cashier = await loginAs(t, 'CASHIER');
      const me = await t.api.get<{ mfaEnrolmentRequired: boolean }>('/api/v1/auth/me', {
        token: cashier.token,
      });
      expect(me.body.mfaEnrolmentRequired).toBe(true);
      const blocked = await t.api.get<Err>('/api/v1/settings', { token: cashier.token });
      expect(blocked.status).toBe(403);
      expect(blocked.body.error.code).toBe('MFA_ENROLMENT_REQUIRED');
      await enrol(cashier);
      // Enrolment lifts the restriction on the very next request.
      expect((await t.api.get('/api/v1/settings', { token: cashier.token })).status).toBe(200);
      const off = await t.api.post<Err>(
        '/api/v1/auth/mfa/disable',
        { password: cashier.password, code: '123456' },
        { token: cashier.token, ip: uniqueIp() },
      );
      expect(off.status).toBe(403);
      // Other roles are unaffected.
      const nurse = await loginAs(t, 'NURSE');
      expect((await t.api.get('/api/v1/settings', { token: nurse.token })).status).toBe(200);
    } finally {
      await t.api.request('PUT', '/api/v1/mfa-policy', { requiredRoles: [] }, { token: admin.token });
    }
  });

  it('refuses PATIENT in the policy (MFA is for staff)', async () => {
    const admin = await loginAs(t, 'ADMIN');
    const res = await t.api.request(
      'PUT',
      '/api/v1/mfa-policy',
      { requiredRoles: ['PATIENT'] },
      { token: admin.token },
    );
    expect(res.status).toBe(400);
  });
});

describe('turning MFA off', () => {
  it('by the user needs the password and a current code', async () => {
    const u = await loginAs(t, 'NURSE');
    const { secret } = await enrol(u);
    const bad = await t.api.post(
      '/api/v1/auth/mfa/disable',
      { password: u.password, code: '000000' },
      { token: u.token, ip: uniqueIp() },
    );
    expect(bad.status).toBe(400);
    const ok = await t.api.post(
      '/api/v1/auth/mfa/disable',
      { password: u.password, code: currentTotp(secret, t.clock()) },
      { token: u.token, ip: uniqueIp() },
    );
    expect(ok.status).toBe(204);
    expect((await login(u)).status).toBe(200);
  });

  it('by an administrator (reset) clears the secret and codes, ends the sessions, and is audited', async () => {
    const admin = await loginAs(t, 'ADMIN');
    const u = await loginAs(t, 'NURSE');
    const { recoveryCodes } = await enrol(u);
    const res = await t.api.patch<{ mfaEnabled: boolean }>(
      `/api/v1/users/${u.id}`,
      { resetMfa: true },
      { token: admin.token },
    );
    expect(res.status).toBe(200);
    expect(res.body.mfaEnabled).toBe(false);
    expect((await t.api.get('/api/v1/auth/me', { token: u.token })).status).toBe(401);
    expect(recoveryCodes).toHaveLength(10);
    const [codes] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from mfa_recovery_codes where user_id = ${u.id}`,
    );
    expect(codes?.n).toBe(0);
    // The password alone signs in again; the user can enrol a new device.
    expect((await login(u)).status).toBe(200);
    const audit = await queryRows<{ actor_id: string }>(
      t.database.db,
      sql`select actor_id from audit_log where entity_id = ${u.id} and action = 'auth.mfa.reset'`,
    );
    expect(audit).toEqual([{ actor_id: admin.id }]);
  });
});
