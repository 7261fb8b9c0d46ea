import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { hashPassword } from '../src/modules/identity';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const BENCH_USER = 'bench.reception';

export interface RunningServer {
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * The real server (src/main.ts, production mode) in a child process, so the load generator and the
 * server do not share one event loop. Request logging stays on, as in production, into /dev/null.
 */
export async function startServer(databaseUrl: string, port: number): Promise<RunningServer> {
  // BENCH_CPU_PROF=<dir> writes the server's V8 CPU profile there, to see where its time goes.
  const profile = process.env.BENCH_CPU_PROF;
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...flags, '--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SECRET_KEY: randomBytes(32).toString('base64url'),
      // Two connections per core of this 2-core box (the usual rule of thumb for a pool in front of
      // PostgreSQL); more only queue inside PostgreSQL. BENCH_POOL overrides it.
      DB_POOL_MAX: process.env.BENCH_POOL ?? '4',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    const ready = await fetch(`${baseUrl}/api/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error('the server did not become ready within two minutes');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    pid: child.pid ?? 0,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A RECEPTIONIST account for the run, with a fresh random password each time. */
export async function benchReceptionist(pool: pg.Pool): Promise<{ username: string; password: string }> {
  const password = `Bench-${randomBytes(12).toString('base64url')}-9`;
  await pool.query(
    `insert into users (username, full_name, password_hash, roles, must_change_password)
     values ($1, 'Benchmark Reception', $2, array['RECEPTIONIST'], false)
     on conflict (username) do update set password_hash = excluded.password_hash, active = true,
       must_change_password = false, roles = excluded.roles`,
    [BENCH_USER, await hashPassword(password)],
  );
  // Each run signs in once from 127.0.0.1; a series of runs would otherwise trip the sign-in rate
  // limit. This is the bench's own database.
  await pool.query(`delete from rate_limit_counters where bucket like 'login:%:127.0.0.1'`);
  return { username: BENCH_USER, password };
}

export async function signIn(baseUrl: string, user: { username: string; password: string }): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  const body = (await res.json()) as { accessToken?: string };
  if (!res.ok || !body.accessToken) throw new Error(`sign-in as ${user.username} failed: ${res.status}`);
  return body.accessToken;
}
