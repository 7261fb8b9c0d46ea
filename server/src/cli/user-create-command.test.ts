import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, uniqueIp } from '../../test/test-app';
import { queryRows } from '../db/rows';
import { UsageError, userCreateCommand } from './user-create-command';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const password = async () => 'Granite-Lotus-Beacon-27';

describe('user:create', () => {
  it('creates the first administrator with a permanent password, audited as the CLI', async () => {
    const user = await userCreateCommand(
      t.database,
      ['--role', 'ADMIN', '--username', 'First.Admin'],
      password,
    );
    expect(user).toMatchObject({ username: 'first.admin', roles: ['ADMIN'] });
    const login = await t.api.post<{ user: { roles: string[]; mustChangePassword: boolean } }>(
      '/api/v1/auth/login',
      { username: 'first.admin', password: await password() },
      { ip: uniqueIp() },
    );
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ roles: ['ADMIN'], mustChangePassword: false });
    const [audit] = await queryRows<{ actor_id: string | null; user_agent: string }>(
      t.database.db,
      sql`select actor_id, user_agent from audit_log where action = 'user.create' and entity_id = ${user.id}`,
    );
    expect(audit).toEqual({ actor_id: null, user_agent: 'cli:user:create' });
  });

  it('takes several roles and a temporary flag', async () => {
    const user = await userCreateCommand(
      t.database,
      [
        '--role',
        'RECEPTIONIST,cashier',
        '--username',
        'front.desk',
        '--full-name',
        'Front Desk',
        '--temporary',
      ],
      password,
    );
    expect(user.roles).toEqual(['RECEPTIONIST', 'CASHIER']);
    const [row] = await queryRows<{ must_change_password: boolean }>(
      t.database.db,
      sql`select must_change_password from users where id = ${user.id}`,
    );
    expect(row?.must_change_password).toBe(true);
  });

  it.each([
    [['--username', 'x1y2z3'], /role/],
    [['--role', 'PATIENT', '--username', 'pat1'], /staff role/],
    [['--role', 'ADMIN'], /username/],
    [['--role', 'ADMIN', '--username', 'first.admin'], /taken/],
  ])('refuses %j', async (argv, message) => {
    await expect(userCreateCommand(t.database, argv, password)).rejects.toThrow(message);
  });

  it('refuses a weak password with the reasons', async () => {
    const err = await userCreateCommand(
      t.database,
      ['--role', 'ADMIN', '--username', 'weakling'],
      async () => 'admin123',
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect(String((err as Error).message)).toMatch(/at least 12/);
  });
});
