import type { Role } from '@modern-emr/domain';
import type { FastifyInstance } from 'fastify';
import { type Config, loadConfig } from '../src/config/config';
import type { Authenticator } from '../src/http/access';
import { buildApp } from '../src/http/app';
import { createTestDatabase, type TestDatabase } from './test-database';

const TEST_SECRET = 'Tq8Z2vN7xK4pL9sW1tR6yB3mC5dF0hJaGeUiOk7Yw';

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SECRET_KEY: TEST_SECRET,
    WEB_DIST_DIR: '/nonexistent',
    ...env,
  });
}

/**
 * Stands in for the identity module in foundation tests: the caller's roles come from an
 * `x-test-roles` header. Never used by the real server.
 */
export const headerAuthenticator: Authenticator = async (request) => {
  const roles = request.headers['x-test-roles'];
  if (typeof roles !== 'string' || roles === '') return null;
  return { userId: '00000000-0000-4000-8000-000000000001', roles: roles.split(',') as Role[] };
};

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: T;
  text: string;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  roles?: Role[];
}

/** A tiny HTTP client over Fastify's in-process injection: real routing, hooks and serialisation. */
export function client(app: FastifyInstance) {
  async function request<T>(
    method: string,
    url: string,
    body?: unknown,
    opts: RequestOptions = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.roles) headers['x-test-roles'] = opts.roles.join(',');
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers,
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
  };
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  api: ReturnType<typeof client>;
  close(): Promise<void>;
}

export async function createTestApp(
  options: {
    env?: Record<string, string>;
    database?: TestDatabase;
    authenticate?: Authenticator;
    /** Adds test-only routes before the app is sealed. */
    setup?: (app: FastifyInstance) => void;
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const app = await buildApp({
    config: testConfig(options.env),
    database,
    authenticate: options.authenticate ?? headerAuthenticator,
  });
  options.setup?.(app);
  await app.ready();
  return {
    app,
    database,
    api: client(app),
    close: async () => {
      await app.close();
      if (!options.database) await database.close();
    },
  };
}
