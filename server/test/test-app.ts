import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Role } from '@modern-emr/domain';
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../src/clock';
import { type Config, loadConfig } from '../src/config/config';
import { inTransaction } from '../src/db/transaction';
import type { Authenticator } from '../src/http/access';
import { buildApp } from '../src/http/app';
import type { LogStream } from '../src/http/logger';
import {
  deriveIdentityKeys,
  hashPassword,
  signAccessToken,
  startSession,
  users,
} from '../src/modules/identity';
import { createTestDatabase, type TestDatabase } from './test-database';

const TEST_SECRET = 'Tq8Z2vN7xK4pL9sW1tR6yB3mC5dF0hJaGeUiOk7Yw';
/** The password of every user the helpers create; it passes the password policy. */
export const TEST_PASSWORD = 'Quiet-Harbour-Lantern-42';

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SECRET_KEY: TEST_SECRET,
    WEB_DIST_DIR: '/nonexistent',
    // Each app its own folder: checkpoints of one test's database must not meet another's.
    AUDIT_CHECKPOINT_DIR: mkdtempSync(path.join(tmpdir(), 'emr-audit-checkpoints-')),
    ...env,
  });
}

/** A clock the test moves by hand: lockout expiry and rate-limit windows without sleeping. */
export interface TestClock extends Clock {
  advance(seconds: number): void;
}

export function testClock(start: Date = new Date()): TestClock {
  let now = start.getTime();
  const clock = (() => new Date(now)) as TestClock;
  clock.advance = (seconds) => {
    now += seconds * 1000;
  };
  return clock;
}

let ipCounter = 0;
/** A fresh client address, so per-IP rate limits of one test do not spill into another. */
export function uniqueIp(): string {
  ipCounter++;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: T;
  text: string;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** Call as a freshly created user holding exactly these roles (a real token, real checks). */
  roles?: Role[];
  /** A bearer token to send. */
  token?: string;
  /** The client address the server sees (default 127.0.0.1). */
  ip?: string;
}

type TokenSource = (roles: Role[]) => Promise<string>;

/** A tiny HTTP client over Fastify's in-process injection: real routing, hooks and serialisation. */
export function client(app: FastifyInstance, tokenFor?: TokenSource) {
  async function request<T>(
    method: string,
    url: string,
    body?: unknown,
    opts: RequestOptions = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.roles) {
      if (!tokenFor) throw new Error('this client cannot create users; pass a token instead');
      headers.authorization = `Bearer ${await tokenFor(opts.roles)}`;
    }
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(opts.ip ? { remoteAddress: opts.ip } : {}),
      ...(body === undefined
        ? {}
        : typeof body === 'string'
          ? { payload: body }
          : { payload: body as object }),
    });
    let parsed: unknown = res.body;
    if (String(res.headers['content-type'] ?? '').includes('application/json') && res.body)
      parsed = JSON.parse(res.body);
    return { status: res.statusCode, headers: res.headers, body: parsed as T, text: res.body };
  }
  return {
    request,
    get: <T>(url: string, opts?: RequestOptions) => request<T>('GET', url, undefined, opts),
    post: <T>(url: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', url, body, opts),
    patch: <T>(url: string, body?: unknown, opts?: RequestOptions) => request<T>('PATCH', url, body, opts),
    put: <T>(url: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', url, body, opts),
  };
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  config: Config;
  clock: TestClock;
  api: ReturnType<typeof client>;
  close(): Promise<void>;
}

let testPasswordHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  username: string;
  password: string;
}

let userCounter = 0;

/** A user straight in the database (permanent password, no MFA), for tests that need one. */
export async function createUser(
  t: Pick<TestApp, 'database'>,
  roles: Role[],
  options: { username?: string; mustChangePassword?: boolean } = {},
): Promise<TestUser> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  userCounter++;
  const username =
    options.username ?? `t${process.pid}-${userCounter}-${roles.join('-').toLowerCase().replace(/_/g, '')}`;
  const [row] = await t.database.db
    .insert(users)
    .values({
      username,
      fullName: `Test ${roles.join(' ')}`,
      passwordHash: await testPasswordHash,
      roles,
      mustChangePassword: options.mustChangePassword ?? false,
    })
    .returning({ id: users.id });
  if (!row) throw new Error('user insert returned no row');
  return { id: row.id, username, password: TEST_PASSWORD };
}

export interface LoggedIn extends TestUser {
  token: string;
  refreshToken: string;
}

/** Creates a user with the roles and signs in over HTTP (from a fresh address), like a client would. */
export async function loginAs(
  t: Pick<TestApp, 'database' | 'api'>,
  roles: Role | Role[],
  options: { mustChangePassword?: boolean; username?: string } = {},
): Promise<LoggedIn> {
  const user = await createUser(t, [roles].flat(), options);
  const res = await t.api.post<{ accessToken: string; refreshToken: string }>(
    '/api/v1/auth/login',
    { username: user.username, password: user.password },
    { ip: uniqueIp() },
  );
  if (res.status !== 200) throw new Error(`login as ${user.username} failed: ${res.status} ${res.text}`);
  return { ...user, token: res.body.accessToken, refreshToken: res.body.refreshToken };
}

/**
 * Tokens for the `roles` request option: one user per role set, with a session and an access
 * token minted directly (no HTTP sign-in, so no audit rows or rate-limit hits in other tests).
 */
function tokenMinter(database: TestDatabase, config: Config, clock: Clock): TokenSource {
  const keys = deriveIdentityKeys(config.secretKey ?? '');
  const cache = new Map<string, { token: string; expires: number }>();
  return async (roles) => {
    const key = [...roles].sort().join(',');
    const hit = cache.get(key);
    const now = clock();
    if (hit && hit.expires - now.getTime() > 60_000) return hit.token;
    const user = await createUser({ database }, roles);
    const { sessionId } = await inTransaction(database.db, (tx) =>
      startSession(tx, user.id, 'body', now, config.refreshTokenTtlSeconds),
    );
    const token = await signAccessToken(
      keys.accessToken,
      { sub: user.id, sid: sessionId, tv: 0, roles },
      now,
      config.accessTokenTtlSeconds,
    );
    cache.set(key, { token, expires: now.getTime() + config.accessTokenTtlSeconds * 1000 });
    return token;
  };
}

export async function createTestApp(
  options: {
    env?: Record<string, string>;
    database?: TestDatabase;
    /** Replaces the real JWT authenticator (only for tests of the access layer itself). */
    authenticate?: Authenticator;
    clock?: TestClock;
    /** Captures log lines (set LOG_LEVEL in env too; tests are silent by default). */
    logStream?: LogStream;
    /** Adds test-only routes before the app is sealed. */
    setup?: (app: FastifyInstance) => void;
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config = testConfig(options.env);
  const clock = options.clock ?? testClock();
  const app = await buildApp({
    config,
    database,
    clock,
    ...(options.authenticate ? { authenticate: options.authenticate } : {}),
    ...(options.logStream ? { logStream: options.logStream } : {}),
  });
  options.setup?.(app);
  await app.ready();
  return {
    app,
    database,
    config,
    clock,
    api: client(app, tokenMinter(database, config, clock)),
    close: async () => {
      await app.close();
      if (!options.database) await database.close();
      rmSync(config.auditCheckpointDir, { recursive: true, force: true });
    },
  };
}
