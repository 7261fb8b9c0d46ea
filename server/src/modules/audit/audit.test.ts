import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalJson } from '@modern-emr/domain';
import { asc, eq, gte, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { ENGINE } from '../../../test/test-database';
import type { Db } from '../../db/database';
import { queryRows } from '../../db/rows';
import { auditLog } from './audit.schema';
import { recordAudit, systemContext, verifyAuditChain } from './audit.service';
import { writeAuditCheckpoint } from './audit-checkpoint.service';
import { checkpointFileName } from './audit-checkpoint-file';
import { chainHash, GENESIS_HASH, type HashedContent } from './audit-hash';
import { deriveAuditKeys } from './audit-keys';
import { behindTheTrigger } from './testing';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const ctx = systemContext('audit.test');
const ADMIN = { roles: ['ADMIN' as const] };
type Check = { ok: boolean; checked: number; firstBadId?: number; reason?: string; checkpoint?: string };

async function firstIdOf(db: Db, action: string): Promise<number> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select id from audit_log where action = ${action} order by id limit 1`,
  );
  return Number(row?.id);
}

type Rehash = (previous: string, row: HashedContent) => string;
/** An attacker key: derived like ours but from a SECRET_KEY they could only guess. */
const guessedKey: Rehash = (previous, row) =>
  chainHash(previous, row, deriveAuditKeys('guessed-secret-key-not-the-real-one').chain);
/** The unkeyed chain an attacker can always recompute: SHA-256 over the same canonical content. */
const plainSha256: Rehash = (previous, row) =>
  createHash('sha256').update(previous).update('\n').update(canonicalJson(row)).digest('hex');

/** Recomputes every hash from `fromId` on so the chain is consistent again under `rehash`. */
async function rehashFrom(db: Db, fromId: number, rehash: Rehash): Promise<void> {
  const [before] = await db
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .where(sql`${auditLog.id} < ${fromId}`)
    .orderBy(sql`${auditLog.id} desc`)
    .limit(1);
  let previous = before?.hash ?? GENESIS_HASH;
  const rows = await db.select().from(auditLog).where(gte(auditLog.id, fromId)).orderBy(asc(auditLog.id));
  await behindTheTrigger(db, async (tx) => {
    for (const row of rows) {
      previous = rehash(previous, row);
      await tx.update(auditLog).set({ hash: previous }).where(eq(auditLog.id, row.id));
    }
  });
}

async function verifyOverHttp(app: TestApp): Promise<Check> {
  const res = await app.api.get<Check>('/api/v1/audit-logs/verify', ADMIN);
  expect(res.status).toBe(200);
  return res.body;
}

/** A checkpoint dated after the server's own start-up one, so the two never share a file. */
async function checkpointNow(app: TestApp, daysAhead = 1) {
  const now = new Date(app.clock().getTime() + daysAhead * 86_400_000);
  const outcome = await writeAuditCheckpoint(app.database.db, {
    checkpointDir: app.config.auditCheckpointDir,
    now,
  });
  if (!outcome.written) throw new Error(`checkpoint refused: ${outcome.verification.reason}`);
  return outcome.checkpoint;
}

async function freshAppWith(rows: number): Promise<TestApp> {
  const fresh = await createTestApp();
  // Let the start-up checkpoint (of the empty log) land first, so it never names the rows below.
  const today = path.join(
    fresh.config.auditCheckpointDir,
    checkpointFileName(fresh.clock().toISOString().slice(0, 10)),
  );
  await expect.poll(() => existsSync(today), { timeout: 30_000 }).toBe(true);
  for (let i = 0; i < rows; i++)
    await recordAudit(fresh.database.db, ctx, { action: `test.row.${i}`, metadata: { i } });
  return fresh;
}

describe('audit log', () => {
  it('AUDIT-1: records a settings change in the same transaction, naming fields but no values', async () => {
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

  it('REC-IMMUT-1, AUDIT-2: refuses UPDATE, DELETE and TRUNCATE at the database', async () => {
    await recordAudit(t.database.db, ctx, { action: 'test.immutable' });
    await expect(t.database.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect(await firstIdOf(t.database.db, 'test.immutable')).toBeGreaterThan(0);
  });

  it('verifies an intact chain over HTTP, for administrators only', async () => {
    for (let i = 0; i < 5; i++)
      await recordAudit(t.database.db, ctx, { action: 'test.chain', metadata: { i } });
    const body = await verifyOverHttp(t);
    expect(body.ok).toBe(true);
    expect(body.checked).toBeGreaterThanOrEqual(7);
    expect(body).toMatchObject({ legacyRows: 0 });
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

  it('AUDIT-CHAIN-1: one GET with an upper-case id leaves the chain verifying', async () => {
    const created = await t.api.post<{ id: string }>(
      '/api/v1/patients',
      { firstName: 'Ngozi', lastName: 'Eze', sex: 'FEMALE', dateOfBirth: '1988-03-14', phone: '08035550199' },
      { roles: ['RECEPTIONIST'] },
    );
    expect(created.status).toBe(201);
    const upper = created.body.id.toUpperCase();
    const view = await t.api.get(`/api/v1/patients/${upper}`, { roles: ['RECEPTIONIST'] });
    expect(view.status).toBe(200);
    const [row] = await queryRows<{ patient_id: string; entity_id: string }>(
      t.database.db,
      sql`select patient_id::text, entity_id from audit_log where action = 'patient.view' order by id desc limit 1`,
    );
    expect(row).toEqual({ patient_id: created.body.id, entity_id: created.body.id });
    expect(await verifyOverHttp(t)).toMatchObject({ ok: true });
  });

  it('AUDIT-CHAIN-1: ids in any case or form, and text PostgreSQL stores differently, still verify', async () => {
    const upper = 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11';
    await recordAudit(
      t.database.db,
      { ...ctx, actorId: upper, userAgent: 'bad\uD800half' },
      {
        action: 'test.canonical',
        entityType: 'visit',
        entityId: upper,
        patientId: `{${upper}}`,
        visitId: upper.replaceAll('-', ''),
        metadata: { z: 'NUL\u0000here', a: ['\uDC00'], n: 1.5, none: null },
      },
    );
    expect(
      await verifyAuditChain(t.database.db, { checkpointDir: t.config.auditCheckpointDir }),
    ).toMatchObject({
      ok: true,
    });
  });

  it('AUDIT-CHAIN-2: names the first row altered behind the trigger', async () => {
    const target = await firstIdOf(t.database.db, 'test.chain');
    // What an attacker with table-owner rights would do: switch the trigger off and edit.
    await t.database.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await t.database.db.execute(sql`update audit_log set metadata = '{"i":99}' where id = ${target}`);
    await t.database.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
    expect(
      await verifyAuditChain(t.database.db, { checkpointDir: t.config.auditCheckpointDir, batchSize: 3 }),
    ).toMatchObject({ ok: false, reason: 'row-hash', firstBadId: target });
    expect(await verifyOverHttp(t)).toMatchObject({ ok: false, reason: 'row-hash', firstBadId: target });
  });

  it('names the row after one that was removed, and the next server start logs it', async () => {
    const fresh = await freshAppWith(4);
    try {
      const db = fresh.database.db;
      const victim = await firstIdOf(db, 'test.row.1');
      const next = await firstIdOf(db, 'test.row.2');
      await behindTheTrigger(db, (tx) => tx.execute(sql`delete from audit_log where id = ${victim}`));
      expect(await verifyAuditChain(db, { checkpointDir: fresh.config.auditCheckpointDir })).toMatchObject({
        ok: false,
        reason: 'row-hash',
        firstBadId: next,
      });
      // The daily checkpoint job verifies first: it writes nothing and says why, at error level.
      const lines: string[] = [];
      const restarted = await createTestApp({
        database: fresh.database,
        env: { LOG_LEVEL: 'info' },
        logStream: { write: (line) => lines.push(line) },
      });
      try {
        await expect
          .poll(() => lines.find((l) => l.includes('audit log tampered')), { timeout: 30_000 })
          .toBeTruthy();
        const logged = JSON.parse(lines.find((l) => l.includes('audit log tampered')) ?? '{}');
        expect(logged).toMatchObject({
          level: 50,
          auditVerification: { reason: 'row-hash', firstBadId: next },
        });
      } finally {
        await restarted.close();
      }
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
      expect(
        await verifyAuditChain(fresh.database.db, { checkpointDir: fresh.config.auditCheckpointDir }),
      ).toMatchObject({ ok: true, checked: 40, legacyRows: 0 });
    } finally {
      await fresh.close();
    }
  });
});

describe('rows from before the keyed chain (hash version 1)', () => {
  const legacy = (action: string, hash: string) => ({
    createdAt: new Date(),
    actorRoles: [],
    action,
    outcome: 'SUCCESS',
    metadata: {},
    hash,
    hashVersion: 1,
  });

  it('AUDIT-CHAIN-2: are counted, not proven, and may only come before the keyed rows', async () => {
    const fresh = await createTestApp();
    try {
      const db = fresh.database.db;
      const checkpointDir = fresh.config.auditCheckpointDir;
      // Inserts pass the append-only trigger: this is how rows from before the upgrade look.
      await db
        .insert(auditLog)
        .values([legacy('test.legacy.1', 'a'.repeat(64)), legacy('test.legacy.2', 'b'.repeat(64))]);
      for (let i = 0; i < 3; i++) await recordAudit(db, ctx, { action: 'test.keyed', metadata: { i } });
      expect(await verifyAuditChain(db, { checkpointDir })).toMatchObject({
        ok: true,
        checked: 3,
        legacyRows: 2,
      });

      await db.insert(auditLog).values(legacy('test.legacy.3', 'c'.repeat(64)));
      expect(await verifyAuditChain(db, { checkpointDir })).toMatchObject({
        ok: false,
        reason: 'row-hash',
        firstBadId: await firstIdOf(db, 'test.legacy.3'),
      });
    } finally {
      await fresh.close();
    }
  });

  it('AUDIT-CHAIN-2: the last legacy row cannot be changed once a keyed row follows it', async () => {
    const fresh = await createTestApp();
    try {
      const db = fresh.database.db;
      await db.insert(auditLog).values(legacy('test.legacy', 'a'.repeat(64)));
      await recordAudit(db, ctx, { action: 'test.keyed' });
      const legacyId = await firstIdOf(db, 'test.legacy');
      await behindTheTrigger(db, (tx) =>
        tx.execute(sql`update audit_log set hash = ${'b'.repeat(64)} where id = ${legacyId}`),
      );
      expect(await verifyAuditChain(db, { checkpointDir: fresh.config.auditCheckpointDir })).toMatchObject({
        ok: false,
        reason: 'row-hash',
        firstBadId: await firstIdOf(db, 'test.keyed'),
      });
    } finally {
      await fresh.close();
    }
  });
});

describe('tampering by someone with the database but not SECRET_KEY', () => {
  for (const [name, rehash] of [
    ['a guessed key', guessedKey],
    ['plain SHA-256', plainSha256],
  ] as const) {
    it(`AUDIT-CHAIN-2: an edit re-hashed with ${name} is reported at the edited row`, async () => {
      const fresh = await freshAppWith(6);
      try {
        const db = fresh.database.db;
        const target = await firstIdOf(db, 'test.row.2');
        await behindTheTrigger(db, (tx) =>
          tx.execute(sql`update audit_log set metadata = '{"i":42}' where id = ${target}`),
        );
        await rehashFrom(db, target, rehash);
        expect(await verifyOverHttp(fresh)).toMatchObject({
          ok: false,
          reason: 'row-hash',
          firstBadId: target,
        });
      } finally {
        await fresh.close();
      }
    });
  }
});

describe('checkpoints outside the database', () => {
  it('AUDIT-CHAIN-3: deleting the last rows is reported by the checkpoint that named them', async () => {
    const fresh = await freshAppWith(5);
    try {
      const db = fresh.database.db;
      const checkpoint = await checkpointNow(fresh);
      expect(await verifyOverHttp(fresh)).toMatchObject({ ok: true });
      await behindTheTrigger(db, (tx) =>
        tx.execute(sql`delete from audit_log where id >= ${checkpoint.lastId - 1}`),
      );
      // The rows left still chain: only the anchor outside the database can tell.
      expect(await verifyOverHttp(fresh)).toMatchObject({
        ok: false,
        reason: 'checkpoint-row-missing',
        firstBadId: checkpoint.lastId,
        checkpoint: checkpoint.date,
      });
    } finally {
      await fresh.close();
    }
  });

  it('AUDIT-CHAIN-3: relabelling edited rows as unprovable legacy rows is reported', async () => {
    const fresh = await freshAppWith(4);
    try {
      const db = fresh.database.db;
      const checkpoint = await checkpointNow(fresh);
      const target = await firstIdOf(db, 'test.row.1');
      await behindTheTrigger(db, async (tx) => {
        await tx.execute(sql`update audit_log set metadata = '{"i":7}' where id = ${target}`);
        await tx.execute(sql`update audit_log set hash_version = 1`);
      });
      expect(await verifyOverHttp(fresh)).toMatchObject({
        ok: false,
        reason: 'checkpoint-count',
        firstBadId: checkpoint.lastId,
      });
    } finally {
      await fresh.close();
    }
  });

  it('AUDIT-CHAIN-3: a checkpoint file changed by hand is reported, and the next one is refused', async () => {
    const fresh = await freshAppWith(3);
    try {
      const checkpoint = await checkpointNow(fresh);
      const file = path.join(fresh.config.auditCheckpointDir, checkpointFileName(checkpoint.date));
      writeFileSync(file, JSON.stringify({ ...checkpoint, count: checkpoint.count + 1 }));
      expect(await verifyOverHttp(fresh)).toMatchObject({
        ok: false,
        reason: 'checkpoint-invalid',
        checkpoint: checkpointFileName(checkpoint.date),
      });
      const next = await writeAuditCheckpoint(fresh.database.db, {
        checkpointDir: fresh.config.auditCheckpointDir,
        now: new Date(fresh.clock().getTime() + 2 * 86_400_000),
      });
      expect(next).toMatchObject({ written: false, verification: { reason: 'checkpoint-invalid' } });
    } finally {
      await fresh.close();
    }
  });

  it('AUDIT-CHAIN-3: the running server writes the day’s checkpoint and logs it without PHI', async () => {
    const lines: string[] = [];
    const first = await createTestApp();
    try {
      await first.api.post(
        '/api/v1/patients',
        {
          firstName: 'Chiamaka',
          lastName: 'Obi',
          sex: 'FEMALE',
          dateOfBirth: '1990-01-02',
          phone: '08035550123',
        },
        { roles: ['RECEPTIONIST'] },
      );
      // A second instance on the same database starts with no checkpoint for today in its folder.
      const second = await createTestApp({
        database: first.database,
        env: { LOG_LEVEL: 'info' },
        logStream: { write: (line) => lines.push(line) },
      });
      try {
        const today = second.clock().toISOString().slice(0, 10);
        await expect
          .poll(() => lines.find((l) => l.includes('audit checkpoint written')), { timeout: 30_000 })
          .toBeTruthy();
        const logged = JSON.parse(lines.find((l) => l.includes('audit checkpoint written')) ?? '{}');
        expect(logged.auditCheckpoint).toMatchObject({
          date: today,
          lastId: expect.any(Number),
          count: expect.any(Number),
        });
        expect(logged.auditCheckpoint.lastId).toBeGreaterThanOrEqual(
          await firstIdOf(first.database.db, 'patient.create'),
        );
        const all = lines.join('\n');
        for (const phi of ['Chiamaka', 'Obi', '08035550123', '2348035550123']) expect(all).not.toContain(phi);
        expect(await verifyOverHttp(second)).toMatchObject({ ok: true, checkpoints: 1 });
      } finally {
        await second.close();
      }
    } finally {
      await first.close();
    }
  });
});
