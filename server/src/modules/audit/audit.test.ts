import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { ENGINE } from '../../../test/test-database';
import { queryRows } from '../../db/rows';
import { recordAudit, systemContext, verifyAuditChain } from './audit.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ctx = systemContext('audit.test');

async function firstIdOf(action: string): Promise<number> {
  const [row] = await queryRows<{ id: string }>(
    t.database.db,
    sql`select id from audit_log where action = ${action} order by id limit 1`,
  );
  return Number(row?.id);
}

describe('audit log', () => {
  it('records a settings change in the same transaction, naming fields but no values', async () => {
    await t.api.patch('/api/v1/settings', { clinicName: 'St. Ade Clinic' }, { roles: ['ADMIN'] });
    const [row] = await queryRows<{
      action: string;
      outcome: string;
      metadata: unknown;
      actor_roles: string[];
    }>(
      t.database.db,
      sql`select action, outcome, metadata, actor_roles from audit_log where action = 'settings.update'`,
    );
    expect(row).toMatchObject({
      action: 'settings.update',
      outcome: 'SUCCESS',
      metadata: { fields: ['clinicName'] },
    });
    expect(JSON.stringify(row)).not.toContain('St. Ade');
  });

  it('refuses UPDATE, DELETE and TRUNCATE at the database', async () => {
    await recordAudit(t.database.db, ctx, { action: 'test.immutable' });
    await expect(t.database.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect(await firstIdOf('test.immutable')).toBeGreaterThan(0);
  });

  it('verifies an intact chain over HTTP, for administrators only', async () => {
    for (let i = 0; i < 5; i++)
      await recordAudit(t.database.db, ctx, { action: 'test.chain', metadata: { i } });
    const res = await t.api.get<{ ok: boolean; checked: number }>('/api/v1/audit-logs/verify', {
      roles: ['ADMIN'],
    });
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
    expect(res.body.checked).toBeGreaterThanOrEqual(7);
    expect((await t.api.get('/api/v1/audit-logs/verify', { roles: ['CASHIER'] })).status).toBe(403);
  });

  it('lists with filters and pagination, newest first', async () => {
    const res = await t.api.get<{ items: { action: string; id: number }[]; total: number; pageSize: number }>(
      '/api/v1/audit-logs?action=test.chain&pageSize=2',
      { roles: ['ADMIN'] },
    );
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(5);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items[0]?.id).toBeGreaterThan(res.body.items[1]?.id ?? Infinity);
    const bad = await t.api.get<{ error: { details: { path: string }[] } }>(
      '/api/v1/audit-logs?actorId=nope',
      { roles: ['ADMIN'] },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]?.path).toBe('querystring.actorId');
  });

  it('lists a family of actions with a trailing *', async () => {
    await recordAudit(t.database.db, ctx, { action: 'test_x.other' });
    const family = await t.api.get<{ items: { action: string }[]; total: number }>(
      '/api/v1/audit-logs?action=test.*',
      {
        roles: ['ADMIN'],
      },
    );
    expect(family.body.total).toBe(6);
    expect(new Set(family.body.items.map((i) => i.action))).toEqual(
      new Set(['test.chain', 'test.immutable']),
    );
  });

  it('names the first row altered behind the trigger', async () => {
    const target = await firstIdOf('test.chain');
    // What an attacker with table-owner rights would do: switch the trigger off and edit.
    await t.database.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await t.database.db.execute(sql`update audit_log set metadata = '{"i":99}' where id = ${target}`);
    await t.database.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
    expect(await verifyAuditChain(t.database.db, 3)).toMatchObject({ ok: false, firstBadId: target });
    const res = await t.api.get<{ ok: boolean; firstBadId: number }>('/api/v1/audit-logs/verify', {
      roles: ['ADMIN'],
    });
    expect(res.body).toMatchObject({ ok: false, firstBadId: target });
  });

  it('names the row after one that was removed', async () => {
    const fresh = await createTestApp();
    try {
      for (let i = 0; i < 4; i++) await recordAudit(fresh.database.db, ctx, { action: `test.rm.${i}` });
      const [victim] = await queryRows<{ id: string }>(
        fresh.database.db,
        sql`select id from audit_log where action = 'test.rm.1'`,
      );
      const [next] = await queryRows<{ id: string }>(
        fresh.database.db,
        sql`select id from audit_log where action = 'test.rm.2'`,
      );
      await fresh.database.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
      await fresh.database.db.execute(sql`delete from audit_log where id = ${Number(victim?.id)}`);
      expect(await verifyAuditChain(fresh.database.db)).toMatchObject({
        ok: false,
        firstBadId: Number(next?.id),
      });
    } finally {
      await fresh.close();
    }
  });

  it.runIf(ENGINE === 'postgres')('stays one unbroken chain under 40 concurrent writers', async () => {
    const fresh = await createTestApp();
    try {
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          recordAudit(fresh.database.db, ctx, { action: 'test.concurrent', metadata: { i } }),
        ),
      );
      expect(await verifyAuditChain(fresh.database.db)).toEqual({ ok: true, checked: 40 });
    } finally {
      await fresh.close();
    }
  });
});
