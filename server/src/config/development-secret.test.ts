import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, type TestApp, testConfig, uniqueIp } from '../../test/test-app';
import { createTestDatabase, ENGINE, type TestDatabase } from '../../test/test-database';
import { openPostgres } from '../db/open-postgres';
import { resolveSecretKey } from './development-secret';

// No SECRET_KEY (an empty value is "unset"), and a data directory of this file's own.
const dataDir = mkdtempSync(path.join(tmpdir(), 'emr-key-'));
const keyless = testConfig({ SECRET_KEY: '', DATA_DIR: dataDir });

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('the development key', () => {
  it('AUTH-KEY-1: is generated once and kept in the database, so a restart derives the same key', async () => {
    const first = await resolveSecretKey(keyless, database.db);
    expect(first.length).toBeGreaterThanOrEqual(48);
    expect(await resolveSecretKey(keyless, database.db)).toBe(first);
    const other = await createTestDatabase();
    try {
      expect(await resolveSecretKey(keyless, other.db)).not.toBe(first);
    } finally {
      await other.close();
    }
  });

  it('adopts the key file an earlier release kept beside the embedded database', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emr-key-'));
    writeFileSync(path.join(dir, '.secret-key'), 'an-earlier-release-key-kept-in-a-file\n');
    const fresh = await createTestDatabase();
    try {
      const config = testConfig({ SECRET_KEY: '', DATA_DIR: dir });
      expect(await resolveSecretKey(config, fresh.db)).toBe('an-earlier-release-key-kept-in-a-file');
    } finally {
      await fresh.close();
    }
  });

  it('is never generated in production, and SECRET_KEY from the environment always wins', async () => {
    await expect(resolveSecretKey({ ...keyless, isProduction: true }, database.db)).rejects.toThrow(
      /SECRET_KEY is required/,
    );
    const set = testConfig({ DATA_DIR: dataDir });
    expect(await resolveSecretKey(set, database.db)).toBe(set.secretKey);
  });
});

describe.runIf(ENGINE === 'postgres')('two instances without SECRET_KEY on one PostgreSQL database', () => {
  it('AUTH-KEY-1: agree on the key, even starting at once, so a token from one is accepted by the other', async () => {
    const fresh = await createTestDatabase();
    const second = await openPostgres({ url: fresh.url ?? '', sslMode: 'disable', poolMax: 4 });
    let a: TestApp | undefined;
    let b: TestApp | undefined;
    try {
      const [keyA, keyB] = await Promise.all([
        resolveSecretKey(keyless, fresh.db),
        resolveSecretKey(keyless, second.db),
      ]);
      expect(keyA).toBe(keyB);
      a = await createTestApp({ database: fresh, env: { SECRET_KEY: keyA } });
      b = await createTestApp({ database: second, env: { SECRET_KEY: keyB }, clock: a.clock });
      const u = await createUser(a, ['NURSE']);
      const signedIn = await a.api.post<{ accessToken: string }>(
        '/api/v1/auth/login',
        { username: u.username, password: u.password },
        { ip: uniqueIp() },
      );
      expect(signedIn.status).toBe(200);
      const me = await b.api.get('/api/v1/auth/me', { token: signedIn.body.accessToken });
      expect(me.status).toBe(200);
    } finally {
      await b?.close();
      await a?.close();
      await second.close();
      await fresh.close();
    }
  });
});
