import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp, uniqueIp } from '../../../test/test-app';
import { currentTotp } from './totp';

let t: TestApp;
const lines: string[] = [];
beforeAll(async () => {
  t = await createTestApp({
    env: { LOG_LEVEL: 'trace' },
    logStream: { write: (line) => lines.push(line) },
  });
});
afterAll(() => t.close());

describe('identity flows in the logs', () => {
  it('never write a password, a token, a TOTP secret or code, or registration details', async () => {
    const secrets: string[] = [];
    const u = await createUser(t, ['DOCTOR']);
    secrets.push(u.password);
    const login = await t.api.post<{ accessToken: string; refreshToken: string }>(
      '/api/v1/auth/login',
      { username: u.username, password: u.password },
      { ip: uniqueIp() },
    );
    secrets.push(login.body.accessToken, login.body.refreshToken);
    await t.api.post(
      '/api/v1/auth/login',
      { username: u.username, password: 'Wrong-But-Secret-77!' },
      { ip: uniqueIp() },
    );
    secrets.push('Wrong-But-Secret-77!');
    const setup = await t.api.post<{ secret: string }>('/api/v1/auth/mfa/setup', undefined, {
      token: login.body.accessToken,
    });
    const code = currentTotp(setup.body.secret, t.clock());
    const verify = await t.api.post<{ recoveryCodes: string[] }>(
      '/api/v1/auth/mfa/verify',
      { code },
      { token: login.body.accessToken, ip: uniqueIp() },
    );
    secrets.push(setup.body.secret, ...verify.body.recoveryCodes);
    const refreshed = await t.api.post<{ refreshToken: string }>(
      '/api/v1/auth/refresh',
      { refreshToken: login.body.refreshToken },
      { ip: uniqueIp() },
    );
    secrets.push(refreshed.body.refreshToken);
    await t.api.post(
      '/api/v1/auth/register',
      {
        username: 'log.probe',
        password: 'Lilac-Tundra-Harp-19',
        firstName: 'Obiageli',
        lastName: 'Umeh',
        phone: '+2348099990000',
      },
      { ip: uniqueIp() },
    );
    secrets.push('Lilac-Tundra-Harp-19', 'Obiageli', 'Umeh', '2348099990000');

    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const s of secrets) expect(all).not.toContain(s);
  });
});
