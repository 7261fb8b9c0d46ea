import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SERVER_ROOT } from './paths';

const TSX = path.join(SERVER_ROOT, '..', 'node_modules', '.bin', 'tsx');
const MAIN = path.join(SERVER_ROOT, 'src', 'main.ts');
const STRONG = 'q8Z2vN7xK4pL9sW1tR6yB3mC5dF0hJ-_aGeU+/iOk';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function start(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
} {
  const child = spawn(TSX, [MAIN], {
    // A clean environment: the suite's own DATABASE_URL or NODE_ENV must not leak in.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (c) => {
    out += c;
  });
  child.stderr?.on('data', (c) => {
    out += c;
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exit };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const prod = { NODE_ENV: 'production', SECRET_KEY: STRONG, DATABASE_URL: 'postgres://emr@127.0.0.1:1/emr' };

describe('start-up in production', () => {
  it.each([
    ['a weak SECRET_KEY', { SECRET_KEY: 'changeme' }, 'SECRET_KEY'],
    ['DEBUG on', { DEBUG: 'true' }, 'DEBUG'],
    ['a wildcard CORS origin', { CORS_ALLOWED_ORIGINS: '*' }, 'CORS_ALLOWED_ORIGINS'],
    ['no DATABASE_URL', { DATABASE_URL: '' }, 'DATABASE_URL'],
  ])('refuses %s, naming the variable', async (_label, override, variable) => {
    const run = start({ ...prod, ...override });
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain('Modern EMR will not start');
    expect(run.output()).toMatch(new RegExp(`- ${variable}:`));
  });
});

describe('a running server', () => {
  it('serves on the embedded database and shuts down cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'emr-main-'));
    dirs.push(dataDir);
    const port = await freePort();
    const run = start({
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      PORT: String(port),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
    });
    const deadline = Date.now() + 90_000;
    let ready = 0;
    while (Date.now() < deadline && ready !== 200) {
      await new Promise((r) => setTimeout(r, 250));
      ready = await fetch(`http://127.0.0.1:${port}/api/health/ready`).then(
        (r) => r.status,
        () => 0,
      );
    }
    expect(ready).toBe(200);
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    expect(run.output()).toContain(`Modern EMR is running at http://localhost:${port}\n`);
    // Without demo data there are no demo sign-ins to show; the polling above left no info line.
    expect(run.output()).not.toContain('demo sign-ins');
    expect(run.output()).not.toContain('/api/health');
    expect(run.output()).toContain('shutting down');
  }, 120_000);
});
