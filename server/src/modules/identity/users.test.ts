import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type LoggedIn, loginAs, type TestApp, uniqueIp } from '../../../test/test-app';
import { queryRows } from '../../db/rows';

let t: TestApp;
let admin: LoggedIn;
beforeAll(async () => {
  t = await createTestApp();
  admin = await loginAs(t, 'ADMIN');
});
afterAll(() => t.close());

interface UserBody {
  id: string;
  username: string;
  roles: string[];
  active: boolean;
  mustChangePassword: boolean;
}
type Err = { error: { code: string; details?: { path: string; message: string }[] } };

const create = (body: Record<string, unknown>) =>
  t.api.post<UserBody & Err>('/api/v1/users', body, { token: admin.token });

async function audited(entityId: string, action: string) {
  return queryRows<{ actor_id: string; metadata: Record<string, unknown> }>(
    t.database.db,
    sql`select actor_id, metadata from audit_log where entity_id = ${entityId} and action = ${action}`,
  );
}

describe('staff accounts', () => {
  it('ROLE-1: an administrator creates one with a temporary password; its first sign-in must change it', async () => {
    const res = await create({
      username: 'Amaka.Obi',
      fullName: 'Amaka Obi',
      roles: ['RECEPTIONIST', 'CASHIER'],
      temporaryPassword: 'Copper-Meadow-Falcon-31',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      username: 'amaka.obi',
      roles: ['RECEPTIONIST', 'CASHIER'],
      active: true,
      mustChangePassword: true,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/"(password|passwordHash|temporaryPassword)"|Copper-Meadow/);
    const login = await t.api.post<{ accessToken: string; user: { mustChangePassword: boolean } }>(
      '/api/v1/auth/login',
      { username: 'amaka.obi', password: 'Copper-Meadow-Falcon-31' },
      { ip: uniqueIp() },
    );
    expect(login.status).toBe(200);
    expect(login.body.user.mustChangePassword).toBe(true);
    expect(
      (await t.api.get<Err>('/api/v1/settings', { token: login.body.accessToken })).body.error.code,
    ).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(await audited(res.body.id, 'user.create')).toEqual([
      { actor_id: admin.id, metadata: { roles: ['RECEPTIONIST', 'CASHIER'] } },
    ]);
    const [stored] = await queryRows<{ password_hash: string }>(
      t.database.db,
      sql`select password_hash from users where id = ${res.body.id}`,
    );
    expect(stored?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a duplicate username (case-insensitively), a weak password, PATIENT and no roles', async () => {
    const base = { fullName: 'Some One', temporaryPassword: 'Copper-Meadow-Falcon-31' };
    expect((await create({ ...base, username: 'dup.user', roles: ['NURSE'] })).status).toBe(201);
    expect((await create({ ...base, username: 'DUP.user', roles: ['NURSE'] })).status).toBe(409);
    const weak = await create({
      ...base,
      username: 'weak.user',
      roles: ['NURSE'],
      temporaryPassword: 'password',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details?.every((d) => d.path === 'body.temporaryPassword')).toBe(true);
    const patient = await create({ ...base, username: 'pat.user', roles: ['PATIENT'] });
    expect(patient.status).toBe(400);
    expect((await create({ ...base, username: 'none.user', roles: [] })).status).toBe(400);
  });

  it('lists and filters, without password hashes or MFA secrets', async () => {
    const res = await t.api.get<{ items: Record<string, unknown>[]; total: number; page: number }>(
      '/api/v1/users?role=ADMIN&pageSize=5',
      { token: admin.token },
    );
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((u) => (u.roles as string[]).includes('ADMIN'))).toBe(true);
    for (const u of res.body.items) {
      expect(Object.keys(u)).not.toContain('passwordHash');
      expect(Object.keys(u)).not.toContain('mfaSecret');
    }
    const q = await t.api.get<{ items: { username: string }[] }>('/api/v1/users?q=amaka', {
      token: admin.token,
    });
    expect(q.body.items.map((u) => u.username)).toEqual(['amaka.obi']);
  });

  it('changes roles, audited with before and after', async () => {
    const u = await loginAs(t, 'NURSE');
    const res = await t.api.patch<UserBody>(
      `/api/v1/users/${u.id}`,
      { roles: ['NURSE', 'DOCTOR'] },
      { token: admin.token },
    );
    expect(res.body.roles).toEqual(['NURSE', 'DOCTOR']);
    expect(await audited(u.id, 'user.roles.change')).toEqual([
      { actor_id: admin.id, metadata: { before: ['NURSE'], after: ['NURSE', 'DOCTOR'] } },
    ]);
  });

  it('REC-KEEP-1: deactivates (never deletes) and reactivates, audited', async () => {
    const u = await loginAs(t, 'PHARMACIST');
    const off = await t.api.patch<UserBody>(
      `/api/v1/users/${u.id}`,
      { active: false },
      { token: admin.token },
    );
    expect(off.body.active).toBe(false);
    expect((await t.api.get('/api/v1/auth/me', { token: u.token })).status).toBe(401);
    expect(
      (await t.api.request('DELETE', `/api/v1/users/${u.id}`, undefined, { token: admin.token })).status,
    ).toBe(404);
    const on = await t.api.patch<UserBody>(`/api/v1/users/${u.id}`, { active: true }, { token: admin.token });
    expect(on.body.active).toBe(true);
    expect(await audited(u.id, 'user.deactivate')).toHaveLength(1);
    expect(await audited(u.id, 'user.reactivate')).toHaveLength(1);
  });

  it('resets a forgotten password to a new temporary one, ending the old sessions', async () => {
    const u = await loginAs(t, 'LAB_TECH');
    const res = await t.api.patch<UserBody>(
      `/api/v1/users/${u.id}`,
      { temporaryPassword: 'Saffron-Glacier-Piano-64' },
      { token: admin.token },
    );
    expect(res.body.mustChangePassword).toBe(true);
    expect((await t.api.get('/api/v1/auth/me', { token: u.token })).status).toBe(401);
    const login = await t.api.post(
      '/api/v1/auth/login',
      { username: u.username, password: 'Saffron-Glacier-Piano-64' },
      { ip: uniqueIp() },
    );
    expect(login.status).toBe(200);
  });

  it('will not let an administrator lock themselves out or remove the last administrator', async () => {
    const self = await t.api.patch<Err>(
      `/api/v1/users/${admin.id}`,
      { active: false },
      { token: admin.token },
    );
    expect(self.status).toBe(409);
    const demote = await t.api.patch<Err>(
      `/api/v1/users/${admin.id}`,
      { roles: ['NURSE'] },
      { token: admin.token },
    );
    expect(demote.status).toBe(409);
  });

  it('answers 404 for an unknown id, 400 for a malformed one or an empty change', async () => {
    expect(
      (await t.api.get('/api/v1/users/3f1c1c1e-8a5b-4c55-9a53-2f0f7c1e0a11', { token: admin.token })).status,
    ).toBe(404);
    expect((await t.api.get('/api/v1/users/42', { token: admin.token })).status).toBe(400);
    expect((await t.api.patch(`/api/v1/users/${admin.id}`, {}, { token: admin.token })).status).toBe(400);
  });

  it('is for administrators only', async () => {
    const nurse = await loginAs(t, 'NURSE');
    expect((await t.api.get('/api/v1/users', { token: nurse.token })).status).toBe(403);
    expect((await t.api.get('/api/v1/users')).status).toBe(401);
  });
});
